import { type CountryProfile, cities, lines, list } from './countryProfile';

export const sweden: CountryProfile = {
  code: 'SE',
  weight: 3,
  currency: 'SEK',
  givenNames:
    list(`Åsa, Björn, Erik, Anna, Lars, Maja, Johan, Elsa, Karl, Ingrid, Oskar, Astrid, Mikael, Linnéa,
    Göran, Sofia, Anders, Maria, Nils, Kerstin, Måns, Ebba`),
  familyNames: list(`Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Lindqvist, Lindström, Bergström, Åberg, Öberg, Ekström, Sjöberg, Holmgren,
    Wallin, Nyström`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Stockholm | Stockholms län | 11# ## | +46 8 %## ## ##
    Göteborg | Västra Götalands län | 41# ## | +46 31 %## ## ##
    Malmö | Skåne län | 21# ## | +46 40 %## ## ##
    Uppsala | Uppsala län | 75# ## | +46 18 %## ## ##
    Lund | Skåne län | 22# ## | +46 46 %## ## ##
    Umeå | Västerbottens län | 90# ## | +46 90 %## ## ##`),
  streets: list(`Drottninggatan, Storgatan, Kungsgatan, Vasagatan, Sveavägen, Götgatan, Linnégatan,
    Södra Förstadsgatan, Kyrkogatan, Skolgatan, Strandvägen, Järntorget`),
  streetLines: ['{street} %', '{street} %#', '{street} %#@'],
  officeLines: ['Plan %', 'Box %##'],
  homeLines: ['Lgh 1%0#'],
  patternLetters: 'AB',
  postalExtension: '',
  mobilePhones: ['+46 70 %## ## ##', '+46 72 %## ## ##', '+46 73 %## ## ##'],
  webDomain: 'se',
  governmentDomain: 'se',
  universityDomain: 'se',
  freeMailDomains: list('gmail.com, telia.com, hotmail.se, outlook.com, live.se, icloud.com'),
  companySuffixes: ['AB'],
  businesses: lines(`
    {family}s Bageri AB
    {family} Arkitekter AB
    Advokatfirman {family}
    Studio {family}
    {family} & {family2} Reklambyrå AB`),
  government: lines(`
    {city} kommun
    Region {city}
    Kulturrådet
    Skatteverket
    Myndigheten för digital förvaltning
    Myndigheten för samhällsskydd och beredskap – Kommunikationsavdelningen`),
};

export const norway: CountryProfile = {
  code: 'NO',
  weight: 2,
  currency: 'NOK',
  givenNames:
    list(`Ingrid, Ola, Kari, Bjørn, Solveig, Håkon, Sigrid, Eirik, Astrid, Magnus, Nora, Jørgen, Marit,
    Øystein, Liv, Anders, Tone, Sindre, Åse, Henrik`),
  familyNames:
    list(`Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen,
    Ødegård, Haugen, Bakke, Strand, Solberg, Dahl, Lie, Berg, Halvorsen, Sæther`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Oslo | Oslo | 01## / 02## / 04## / 05## | +47 22 ## ## ## / +47 23 ## ## ##
    Bergen | Vestland | 50## / 51## | +47 55 ## ## ##
    Trondheim | Trøndelag | 70## | +47 73 ## ## ##
    Stavanger | Rogaland | 40## | +47 51 ## ## ##
    Tromsø | Troms | 90## | +47 77 ## ## ##`),
  streets: list(`Karl Johans gate, Storgata, Kirkegata, Bryggen, Dronningens gate, Kongens gate, Munkegata,
    Olav Tryggvasons gate, Strandgata, Torggata`),
  streetLines: ['{street} %', '{street} %#', '{street} %#@'],
  officeLines: ['%. etasje'],
  homeLines: ['H0%0#'],
  patternLetters: 'AB',
  postalExtension: '',
  mobilePhones: ['+47 4## ## ###', '+47 9## ## ###'],
  webDomain: 'no',
  governmentDomain: 'no',
  universityDomain: 'no',
  freeMailDomains: list('gmail.com, online.no, hotmail.com, outlook.com, icloud.com'),
  companySuffixes: ['AS'],
  businesses: lines(`
    {family} Bakeri AS
    Advokatfirmaet {family} AS
    Studio {family}
    {family} & {family2} Arkitekter AS`),
  government: lines(`
    {city} kommune
    Kulturdirektoratet
    Statens vegvesen
    Norges teknisk-naturvitenskapelige universitet
    Direktoratet for forvaltning og økonomistyring – Kommunikasjonsavdelingen`),
};
