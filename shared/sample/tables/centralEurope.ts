import { type CountryProfile, cities, lines, list, nativeNames } from './countryProfile';

export const germany: CountryProfile = {
  code: 'DE',
  weight: 8,
  currency: 'EUR',
  givenNames: list(`Lukas, Anna, Jonas, Lea, Jürgen, Jörg, Sabine, Katrin, Maximilian, Sophie, Felix, Hannah,
    Björn, Ute, Matthias, Claudia, Tobias, Franziska, Günter, Özlem, Mehmet, Dörte, Kai, Charlotte`),
  familyNames:
    list(`Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer,
    Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Weiß, Krüger, Yılmaz, Kowalski, Groß, Lehmann`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0.02,
  nativeScriptNames: nativeNames(`
    Мария Иванова = maria ivanova
    Дмитрий Петров = dmitri petrov
    Γιώργος Παπαδόπουλος = giorgos papadopoulos`),
  cities: cities(`
    Berlin | Berlin | 10### / 12### / 13### | +49 30 %#######
    Hamburg | Hamburg | 20### / 22### | +49 40 %#######
    München | Bayern | 80### / 81### | +49 89 %#######
    Köln | Nordrhein-Westfalen | 50### / 51### | +49 221 %######
    Frankfurt am Main | Hessen | 60### | +49 69 %#######
    Leipzig | Sachsen | 04### | +49 341 %######
    Stuttgart | Baden-Württemberg | 70### | +49 711 %######
    Freiburg im Breisgau | Baden-Württemberg | 79### | +49 761 %######
    Düsseldorf | Nordrhein-Westfalen | 40### | +49 211 %######`),
  streets:
    list(`Hauptstraße, Bahnhofstraße, Schillerstraße, Goethestraße, Gartenweg, Lindenallee, Friedrichstraße,
    Am Marktplatz, Kastanienallee, Mühlenweg, Schloßstraße, Königsallee`),
  streetLines: ['{street} %', '{street} %#', '{street} %a'],
  officeLines: ['%. OG', 'Hinterhaus', 'Aufgang @'],
  homeLines: ['Hinterhaus', 'Seitenflügel'],
  patternLetters: 'ABC',
  postalExtension: '',
  mobilePhones: ['+49 151 %#######', '+49 160 %######', '+49 170 %#######', '+49 176 %#######'],
  webDomain: 'de',
  governmentDomain: 'de',
  universityDomain: 'de',
  freeMailDomains: list('gmx.de, web.de, t-online.de, gmail.com, posteo.de, outlook.de'),
  companySuffixes: ['', 'GmbH', 'GmbH', 'UG'],
  businesses: lines(`
    Bäckerei {family}
    {family} Steuerberatung GmbH
    Kanzlei {family} & {family2}
    Architekturbüro {family}
    {family} & Söhne GmbH
    Zahnarztpraxis Dr. {family}`),
  government: lines(`
    Stadt {city}
    Universität {city}
    Stadtbibliothek {city}
    Universitätsklinikum {city}
    Bundesministerium für Bildung und Forschung
    Bundesministerium für Wirtschaft und Klimaschutz – Referat Öffentlichkeitsarbeit`),
};

export const netherlands: CountryProfile = {
  code: 'NL',
  weight: 4,
  currency: 'EUR',
  givenNames:
    list(`Sanne, Daan, Lotte, Bram, Emma, Sem, Fleur, Thijs, Anouk, Joost, Femke, Ruben, Noor, Jeroen,
    Maartje, Wouter, Eline, Sven, Iris, Bas, Floor, Niels`),
  familyNames: list(`de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer,
    Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Çelik`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Amsterdam | Noord-Holland | 10%# @@ | +31 20 %## ####
    Rotterdam | Zuid-Holland | 30%# @@ | +31 10 %## ####
    Utrecht | Utrecht | 35%# @@ | +31 30 %## ####
    Den Haag | Zuid-Holland | 25%# @@ | +31 70 %## ####
    Eindhoven | Noord-Brabant | 56%# @@ | +31 40 %## ####
    Groningen | Groningen | 97%# @@ | +31 50 %## ####
    Leiden | Zuid-Holland | 23%# @@ | +31 71 %## ####
    Haarlem | Noord-Holland | 20%# @@ | +31 23 %## ####`),
  streets: list(`Keizersgracht, Herengracht, Prinsengracht, Kerkstraat, Dorpsstraat, Stationsweg, Oudegracht,
    Coolsingel, Lange Voorhout, Molenstraat, Wilhelminastraat, Julianalaan`),
  streetLines: ['{street} %', '{street} %#', '{street} %##'],
  officeLines: ['%e verdieping', 'Unit %'],
  homeLines: [],
  // Letter pairs SA, SD and SS are never issued; leaving out S avoids all three.
  patternLetters: 'ABCEGHJKLMNPRTVWXZ',
  postalExtension: '',
  mobilePhones: ['+31 6 %#######'],
  webDomain: 'nl',
  governmentDomain: 'nl',
  universityDomain: 'nl',
  freeMailDomains: list('gmail.com, ziggo.nl, kpnmail.nl, hotmail.com, outlook.com, xs4all.nl'),
  companySuffixes: ['', 'B.V.'],
  businesses: lines(`
    Bakkerij {family}
    {family} Advocaten B.V.
    Studio {family}
    Architectenbureau {family}
    {family} & {family2} Notarissen`),
  government: lines(`
    Gemeente {city}
    Universiteit {city}
    Provincie {region}
    Ministerie van Onderwijs, Cultuur en Wetenschap
    Rijkswaterstaat
    Rijksdienst voor Ondernemend Nederland`),
};

export const poland: CountryProfile = {
  code: 'PL',
  weight: 3,
  currency: 'PLN',
  givenNames:
    list(`Łukasz, Anna, Piotr, Katarzyna, Krzysztof, Małgorzata, Tomasz, Agnieszka, Paweł, Magdalena,
    Michał, Joanna, Grzegorz, Aleksandra, Wojciech, Zofia, Jakub, Ewa, Bartłomiej, Dorota, Maciej, Marta`),
  familyNames:
    list(`Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
    Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski,
    Michalski, Król, Wieczorek`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  // Polish women's names end in -a, and -ski/-cki family names agree with them.
  familyNameFor: (givenName, familyName) =>
    givenName.endsWith('a') ? familyName.replace(/([sc]k)i$/, '$1a') : familyName,
  cities: cities(`
    Warszawa | mazowieckie | 00-### / 01-### / 02-### | +48 22 %## ## ##
    Kraków | małopolskie | 30-### / 31-### | +48 12 %## ## ##
    Gdańsk | pomorskie | 80-### | +48 58 %## ## ##
    Wrocław | dolnośląskie | 50-### / 53-### | +48 71 %## ## ##
    Poznań | wielkopolskie | 60-### / 61-### | +48 61 %## ## ##
    Łódź | łódzkie | 90-### / 91-### | +48 42 %## ## ##
    Lublin | lubelskie | 20-### | +48 81 %## ## ##`),
  streets:
    list(`ul. Marszałkowska, ul. Floriańska, ul. Długa, ul. Piotrkowska, ul. Świętojańska, ul. Mickiewicza,
    ul. Słowackiego, ul. Kościuszki, al. Jerozolimskie, ul. Nowy Świat, ul. Grodzka, ul. Polna`),
  streetLines: ['{street} %', '{street} %#', '{street} %#/%'],
  officeLines: ['lok. %', 'lok. %#'],
  homeLines: [],
  patternLetters: '',
  postalExtension: '',
  mobilePhones: ['+48 50# ### ###', '+48 60# ### ###', '+48 69# ### ###', '+48 88# ### ###'],
  webDomain: 'pl',
  governmentDomain: 'gov.pl',
  universityDomain: 'edu.pl',
  freeMailDomains: list('wp.pl, onet.pl, gmail.com, interia.pl, o2.pl'),
  companySuffixes: ['', 'sp. z o.o.'],
  businesses: lines(`
    Piekarnia {family}
    Kancelaria Prawna {family} sp. z o.o.
    Studio {family}
    Biuro Rachunkowe {family}
    {family} i Wspólnicy sp.k.`),
  government: lines(`
    Gmina Miejska {city}
    Ministerstwo Kultury i Dziedzictwa Narodowego
    Ministerstwo Cyfryzacji
    Narodowe Centrum Kultury
    Polska Organizacja Turystyczna
    Centrum Nauki Kopernik`),
};
