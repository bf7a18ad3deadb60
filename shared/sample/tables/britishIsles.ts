import { type CountryProfile, cities, lines, list } from './countryProfile';

// Landlines use the ranges Ofcom keeps for drama (020 7946 0xxx, 0161 496 0xxx...).
export const unitedKingdom: CountryProfile = {
  code: 'GB',
  weight: 12,
  currency: 'GBP',
  givenNames:
    list(`Oliver, Amelia, Harry, Isla, George, Zoë, Charlotte, Jack, Sophie, Thomas, Niamh, Rhys, Aisha,
    Mohammed, Freya, Callum, Eleanor, Hamish, Imogen, Rory, Priya, Siân, Dafydd, Poppy`),
  familyNames:
    list(`Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, Wright, Hughes,
    Khan, Patel, MacDonald, Campbell, Davies, Ellis, Fletcher, Ahmed, Okafor, Llewellyn, Ashworth, Whitfield`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    London | Greater London | SW1A #@@ / EC1V #@@ / N1 #@@ / E2 #@@ / SE1 #@@ / W1D #@@ | +44 20 7946 0###
    Manchester | Greater Manchester | M1 #@@ / M4 #@@ / M15 #@@ | +44 161 496 0###
    Birmingham | West Midlands | B1 #@@ / B3 #@@ / B15 #@@ | +44 121 496 0###
    Bristol | Bristol | BS1 #@@ / BS8 #@@ | +44 117 496 0###
    Leeds | West Yorkshire | LS1 #@@ / LS6 #@@ | +44 113 496 0###
    Edinburgh | City of Edinburgh | EH1 #@@ / EH3 #@@ | +44 131 496 0###
    Glasgow | Glasgow City | G1 #@@ / G12 #@@ | +44 141 496 0###
    Cardiff | Cardiff | CF10 #@@ / CF24 #@@ | +44 29 2018 0###
    Belfast | County Antrim | BT1 #@@ / BT7 #@@ | +44 28 9018 0###`),
  streets: list(`High Street, Station Road, Church Lane, Victoria Road, King Street, Queen's Road, Mill Lane,
    Park Road, Green Lane, The Crescent, Albert Street, Castle Street`),
  streetLines: ['%# {street}', '% {street}', '%## {street}'],
  officeLines: ['Unit %', 'Floor %', 'Suite %'],
  homeLines: ['Flat %', 'Flat %#'],
  // The inward code of a postcode never uses C, I, K, M, O or V.
  patternLetters: 'ABDEFGHJLNPQRSTUWXYZ',
  postalExtension: '',
  mobilePhones: ['+44 7712 ######', '+44 7961 ######', '+44 7823 ######', '+44 7459 ######'],
  webDomain: 'co.uk',
  governmentDomain: 'gov.uk',
  universityDomain: 'ac.uk',
  freeMailDomains: list('gmail.com, outlook.com, yahoo.co.uk, btinternet.com, hotmail.co.uk, icloud.com'),
  companySuffixes: ['', '', 'Ltd'],
  businesses: lines(`
    {family} & Sons Ltd
    {family} & {family2} Solicitors LLP
    {city} Bakehouse Ltd
    The {family} Practice
    {family} Chartered Accountants`),
  government: lines(`
    {city} City Council
    University of {city}
    {city} Teaching Hospitals NHS Foundation Trust
    Department for Culture, Media and Sport
    Arts Council England
    Department for Environment, Food and Rural Affairs – Communications Directorate`),
};

export const ireland: CountryProfile = {
  code: 'IE',
  weight: 3,
  currency: 'EUR',
  givenNames:
    list(`Seán, Aoife, Conor, Niamh, Ciarán, Siobhán, Patrick, Sinéad, Darragh, Gráinne, Eoin, Róisín,
    Cillian, Saoirse, Oisín, Mary, Declan, Orla, Fionn, Clodagh`),
  familyNames: list(`Murphy, Kelly, O'Sullivan, Walsh, Byrne, Ryan, O'Brien, Ó Ceallaigh, McCarthy, Doyle,
    Ó Súilleabháin, Brennan, Fitzgerald, Nolan, Quinn, Kavanagh, Lynch, Mac Giolla Phádraig, Gallagher, Dunne`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Dublin | Co. Dublin | D02 @#@# / D04 @##@ / D08 @#@# / D6W @#@# | +353 1 %## ####
    Cork | Co. Cork | T12 @#@# / T23 @##@ | +353 21 %## ####
    Galway | Co. Galway | H91 @#@# | +353 91 %## ###
    Limerick | Co. Limerick | V94 @#@# | +353 61 %## ###
    Kilkenny | Co. Kilkenny | R95 @#@# | +353 56 %## ####
    Waterford | Co. Waterford | X91 @#@# | +353 51 %## ###`),
  streets: list(`Main Street, O'Connell Street, Grafton Street, Patrick Street, Shop Street, Dame Street,
    Church Road, Harbour Road, Strand Road, Abbey Street, Parnell Square, Quay Street`),
  streetLines: ['%# {street}', '% {street}', '%## {street}'],
  officeLines: ['Unit %', 'Floor %', 'Suite %'],
  homeLines: ['Apartment %#'],
  // Eircodes draw their letters from a set that avoids look-alikes.
  patternLetters: 'ACDEFHKNPRTVWXY',
  postalExtension: '',
  mobilePhones: ['+353 83 %## ####', '+353 85 %## ####', '+353 86 %## ####', '+353 87 %## ####'],
  webDomain: 'ie',
  governmentDomain: 'gov.ie',
  universityDomain: 'ie',
  freeMailDomains: list('gmail.com, eircom.net, outlook.com, hotmail.com, icloud.com'),
  companySuffixes: ['', 'Ltd'],
  businesses: lines(`
    {family} & Co. Solicitors
    {city} Bakery Ltd
    {family} Architects
    The {family} Gallery
    {family} & {family2} Accountants`),
  government: lines(`
    {city} City Council
    Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media
    Health Service Executive
    University of {city}
    Enterprise Ireland
    Fáilte Ireland`),
};
