import { type CountryProfile, cities, lines, list, nativeNames } from './countryProfile';

// Phone numbers use the 555-01xx block, which North American numbering keeps for fiction.
export const unitedStates: CountryProfile = {
  code: 'US',
  weight: 30,
  currency: 'USD',
  givenNames: list(`James, Mary, Robert, Patricia, Michael, Jennifer, David, Linda, Daniel, Emily, Marcus,
    Aaliyah, Carlos, Sofia, Kevin, Zoë, Tyrone, Megan, Jamal, Priya, Ethan, Olivia, Noah, Grace, Hannah,
    DeShawn, Chloe, Renée, José, Maya`),
  familyNames: list(`Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
    Hernandez, Lopez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Nguyen, Kim, Patel, O'Connor,
    Washington, Cohen, Rivera, Brooks, Bennett, Chen, Okafor, Sullivan`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0.02,
  nativeScriptNames: nativeNames(`
    小龍 李 = xiaolong li
    美玲 王 = meiling wang
    Мария Иванова = maria ivanova
    민준 김 = minjun kim`),
  cities: cities(`
    New York | NY | 100## / 101## | +1 212-555-01## / +1 646-555-01##
    San Francisco | CA | 941## | +1 415-555-01##
    Austin | TX | 787## | +1 512-555-01##
    Chicago | IL | 606## | +1 312-555-01##
    Seattle | WA | 981## | +1 206-555-01##
    Boston | MA | 021## | +1 617-555-01##
    Denver | CO | 802## | +1 303-555-01##
    Portland | OR | 972## | +1 503-555-01##
    Atlanta | GA | 303## | +1 404-555-01##
    Minneapolis | MN | 554## | +1 612-555-01##
    Santa Fe | NM | 875## | +1 505-555-01##`),
  streets:
    list(`Main Street, Oak Avenue, Maple Drive, Elm Street, Washington Boulevard, Park Avenue, Cedar Lane,
    Lakeview Drive, Market Street, 2nd Avenue, Broadway, Pine Street, Highland Avenue, Mission Street`),
  streetLines: ['%## {street}', '%### {street}', '%# {street}'],
  officeLines: ['Suite %##', 'Suite %#', 'Floor %'],
  homeLines: ['Apt %#', 'Apt %@', 'Unit %'],
  patternLetters: 'ABCDEF',
  postalExtension: '-####',
  mobilePhones: ['+1 917-555-01##', '+1 628-555-01##', '+1 737-555-01##', '+1 720-555-01##'],
  webDomain: 'com',
  governmentDomain: 'gov',
  universityDomain: 'edu',
  freeMailDomains: list('gmail.com, outlook.com, yahoo.com, icloud.com, aol.com, hotmail.com'),
  companySuffixes: ['', '', 'LLC', 'Inc.'],
  businesses: lines(`
    {family} & {family2} LLP
    {family} Family Dental
    {city} Coffee Roasters
    {family} Landscaping LLC
    The {family} Group Inc.
    {family} Realty`),
  government: lines(`
    City of {city}
    {city} Public Library
    {city} Unified School District
    {city} Parks and Recreation Department
    U.S. Small Business Administration
    National Park Service
    Department of Housing and Urban Development – Office of Community Planning`),
};

export const canada: CountryProfile = {
  code: 'CA',
  weight: 7,
  currency: 'CAD',
  givenNames:
    list(`Liam, Emma, Noah, Olivia, William, Charlotte, Benjamin, Chloé, Étienne, Mathieu, Geneviève,
    Amélie, Owen, Avery, Harjit, Mei, Jasmine, Logan, Isabelle, Marc-André, Siobhan, Tyler, Nadia, Félix`),
  familyNames:
    list(`Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Smith, Brown, Wilson, MacDonald, Campbell,
    Martin, Lee, Singh, Wong, Morin, Lavoie, Fortin, Anderson, Thompson, Chan, Bélanger, Leblanc, Taylor`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0.03,
  nativeScriptNames: nativeNames(`
    小龍 李 = xiaolong li
    嘉欣 陳 = kayan chan`),
  cities: cities(`
    Toronto | ON | M5V #@# / M4W #@# / M6J #@# | +1 416-555-01## / +1 647-555-01##
    Montréal | QC | H2X #@# / H3B #@# / H2T #@# | +1 514-555-01##
    Vancouver | BC | V6B #@# / V5K #@# | +1 604-555-01##
    Ottawa | ON | K1A #@# / K1P #@# / K2P #@# | +1 613-555-01##
    Calgary | AB | T2P #@# / T2R #@# | +1 403-555-01##
    Halifax | NS | B3H #@# / B3J #@# | +1 902-555-01##
    Québec | QC | G1R #@# / G1K #@# | +1 418-555-01##
    Winnipeg | MB | R3C #@# | +1 204-555-01##`),
  streets:
    list(`Yonge Street, King Street West, rue Sainte-Catherine, boulevard Saint-Laurent, Granville Street,
    Bank Street, Maple Avenue, Queen Street, rue Saint-Jean, Portage Avenue, Spring Garden Road, Wellington Street`),
  streetLines: ['%## {street}', '%### {street}', '%# {street}'],
  officeLines: ['Suite %##', 'Unit %#', 'Bureau %##'],
  homeLines: ['Apt %#', 'Unit %'],
  patternLetters: 'ABCEGHJKLMNPRSTVWXYZ',
  postalExtension: '',
  mobilePhones: ['+1 437-555-01##', '+1 438-555-01##', '+1 778-555-01##'],
  webDomain: 'ca',
  governmentDomain: 'gc.ca',
  universityDomain: 'ca',
  freeMailDomains: list('gmail.com, outlook.com, yahoo.ca, videotron.ca, shaw.ca, icloud.com'),
  companySuffixes: ['', 'Inc.', 'Ltd.'],
  businesses: lines(`
    {family} Law Professional Corporation
    Boulangerie {family}
    {family} & {family2} LLP
    {city} Craft Brewing Co.
    Studio {family} inc.
    {family} Physiotherapy`),
  government: lines(`
    City of {city}
    {city} Public Library
    University of {city}
    Canadian Heritage
    Innovation, Science and Economic Development Canada
    Parks Canada Agency
    Canada Mortgage and Housing Corporation`),
};
