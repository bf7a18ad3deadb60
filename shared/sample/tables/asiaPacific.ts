import { type CountryProfile, cities, lines, list, nativeNames } from './countryProfile';

export const japan: CountryProfile = {
  code: 'JP',
  weight: 3,
  currency: 'JPY',
  givenNames: list(`Haruto, Yui, Sōta, Aoi, Yūto, Hina, Riku, Sakura, Kenji, Yuki, Takumi, Mei, Daiki, Akari,
    Hiroshi, Emi, Kaito, Nanami, Shōta, Rin`),
  familyNames: list(`Satō, Suzuki, Takahashi, Tanaka, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, Katō,
    Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Mori`),
  doubleFamilyNameShare: 0,
  // Clients in Japan often keep their names in kanji in the freelancer's address book.
  nativeScriptShare: 0.4,
  nativeScriptNames: nativeNames(`
    花子 佐藤 = hanako sato
    健 田中 = ken tanaka
    美咲 鈴木 = misaki suzuki
    翔太 高橋 = shota takahashi
    結衣 渡辺 = yui watanabe
    大輔 伊藤 = daisuke ito
    由美 山本 = yumi yamamoto
    直樹 中村 = naoki nakamura`),
  cities: cities(`
    Chiyoda-ku | Tokyo | 100-00## / 101-00## | +81 3-%###-####
    Shibuya-ku | Tokyo | 150-00## / 151-00## | +81 3-%###-####
    Minato-ku | Tokyo | 105-00## / 106-00## | +81 3-%###-####
    Osaka | Osaka | 530-00## / 541-00## | +81 6-%###-####
    Yokohama | Kanagawa | 220-00## / 231-00## | +81 45-%##-####
    Kyoto | Kyoto | 600-8### / 604-8### | +81 75-%##-####
    Sapporo | Hokkaido | 060-00## / 064-08## | +81 11-%##-####
    Fukuoka | Fukuoka | 810-00## / 812-00## | +81 92-%##-####
    Nagoya | Aichi | 450-00## / 460-00## | +81 52-%##-####`),
  streets: list(`Marunouchi, Jingumae, Roppongi, Umeda, Minatomirai, Shijo-dori, Tenjin, Sakae, Ginza,
    Nishi-Shinjuku, Kita-Aoyama, Odori-nishi`),
  streetLines: ['%-%-% {street}', '%-%#-% {street}', '%-%-%# {street}'],
  officeLines: ['%F', '%#F'],
  homeLines: ['Room %0#', 'Apt. %0#'],
  patternLetters: '',
  postalExtension: '',
  mobilePhones: ['+81 90-%###-####', '+81 80-%###-####', '+81 70-%###-####'],
  webDomain: 'co.jp',
  governmentDomain: 'go.jp',
  universityDomain: 'ac.jp',
  freeMailDomains: list('gmail.com, yahoo.co.jp, icloud.com, docomo.ne.jp, outlook.jp'),
  companySuffixes: ['', 'Co., Ltd.', 'K.K.'],
  businesses: lines(`
    {family} Design Office
    {family} Shoten Co., Ltd.
    {city} Bakery K.K.
    {family} & {family2} Law Office
    Studio {family}`),
  government: lines(`
    Tokyo Metropolitan Government
    {city} City Office
    {city} Board of Education
    Ministry of Economy, Trade and Industry
    Japan Tourism Agency
    National Museum of Modern Art, Tokyo`),
};

// Phone numbers use the ranges ACMA keeps for fiction (02 5550 xxxx, 0491 570 xxx...).
export const australia: CountryProfile = {
  code: 'AU',
  weight: 6,
  currency: 'AUD',
  givenNames:
    list(`Jack, Charlotte, William, Olivia, Lachlan, Matilda, Cooper, Isla, Oliver, Ruby, Thomas, Chloe,
    Harrison, Mia, Jayden, Zoë, Kirra, Mitchell, Sienna, Liam, Tahlia, Angus`),
  familyNames: list(`Smith, Jones, Williams, Brown, Wilson, Taylor, Nguyen, Johnson, Martin, White, Anderson,
    Walker, Thompson, Kelly, Ryan, O'Brien, Papadopoulos, Russo, Singh, Harris, McKenzie, Murphy`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0.03,
  nativeScriptNames: nativeNames(`
    小龍 李 = xiaolong li
    芳 王 = fang wang
    明 陈 = ming chen`),
  cities: cities(`
    Sydney | NSW | 2000 / 2010 / 2021 / 2037 | +61 2 5550 #### / +61 2 7010 ####
    Melbourne | VIC | 3000 / 3002 / 3065 / 3121 | +61 3 5550 #### / +61 3 7010 ####
    Brisbane | QLD | 4000 / 4101 / 4006 | +61 7 5550 #### / +61 7 7010 ####
    Perth | WA | 6000 / 6008 / 6050 | +61 8 5550 #### / +61 8 7010 ####
    Adelaide | SA | 5000 / 5006 / 5067 | +61 8 5550 #### / +61 8 7010 ####
    Hobart | TAS | 7000 / 7004 | +61 3 5550 ####
    Canberra | ACT | 2600 / 2601 / 2612 | +61 2 5550 ####
    Darwin | NT | 0800 / 0810 | +61 8 5550 ####`),
  streets: list(`George Street, Collins Street, Queen Street, Hay Street, King William Street, Bourke Street,
    Elizabeth Street, Macquarie Street, Smith Street, Brunswick Street, Oxford Street, Beach Road`),
  streetLines: ['%## {street}', '%# {street}'],
  officeLines: ['Level %', 'Suite %', 'Level %#'],
  homeLines: ['Unit %', 'Unit %#'],
  patternLetters: '',
  postalExtension: '',
  mobilePhones: ['+61 491 570 ###', '+61 491 57% ###'],
  webDomain: 'com.au',
  governmentDomain: 'gov.au',
  universityDomain: 'edu.au',
  freeMailDomains: list('gmail.com, bigpond.com, outlook.com, icloud.com, optusnet.com.au'),
  companySuffixes: ['', 'Pty Ltd'],
  businesses: lines(`
    {family} & Co Pty Ltd
    {city} Surf Co.
    {family} Legal
    {family} & {family2} Architects
    The {family} Bakery`),
  government: lines(`
    City of {city}
    {city} City Council
    University of {city}
    Department of Education
    Australian Bureau of Statistics
    Department of Climate Change, Energy, the Environment and Water`),
};
