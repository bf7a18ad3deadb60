import { type CountryProfile, cities, lines, list } from './countryProfile';

export const mexico: CountryProfile = {
  code: 'MX',
  weight: 2,
  currency: 'MXN',
  givenNames:
    list(`José, María, Juan, Guadalupe, Luis, Sofía, Carlos, Valentina, Alejandro, Ximena, Miguel Ángel,
    Fernanda, Diego, Camila, Jorge, Mariana, Ricardo, Renata, Andrés, Paola, Emiliano, Daniela`),
  familyNames: list(`Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz,
    Flores, Gómez, Morales, Vázquez, Jiménez, Reyes, Díaz, Torres, Gutiérrez, Ruiz, Mendoza, Aguilar`),
  doubleFamilyNameShare: 0.5,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Ciudad de México | CDMX | 06### / 03### / 11### | +52 55 %### ####
    Guadalajara | Jalisco | 44### | +52 33 %### ####
    Monterrey | Nuevo León | 64### | +52 81 %### ####
    Puebla | Puebla | 72### | +52 222 %## ####
    Mérida | Yucatán | 97### | +52 999 %## ####
    Querétaro | Querétaro | 76### | +52 442 %## ####
    Oaxaca de Juárez | Oaxaca | 68### | +52 951 %## ####`),
  streets: list(`Av. Insurgentes Sur, Paseo de la Reforma, Calle Madero, Av. Juárez, Calle 5 de Mayo,
    Av. Chapultepec, Calle Hidalgo, Av. Revolución, Calle Morelos, Av. Vallarta`),
  streetLines: ['{street} %##', '{street} %#', '{street} %###'],
  officeLines: ['Piso %', 'Oficina %0#', 'Despacho %##'],
  homeLines: ['Depto. %#', 'Int. %'],
  patternLetters: '',
  postalExtension: '',
  mobilePhones: ['+52 55 %### ####', '+52 33 %### ####', '+52 81 %### ####'],
  webDomain: 'com.mx',
  governmentDomain: 'gob.mx',
  universityDomain: 'edu.mx',
  freeMailDomains: list('gmail.com, hotmail.com, outlook.com, yahoo.com.mx, prodigy.net.mx'),
  companySuffixes: ['', 'S.A. de C.V.'],
  businesses: lines(`
    Panadería {family}
    {family} y Asociados, S.C.
    Despacho {family} {family2}
    Estudio {family}
    Café {family}`),
  government: lines(`
    Secretaría de Cultura
    Gobierno Municipal de {city}
    Universidad Autónoma de {city}
    Instituto Nacional de Antropología e Historia
    Secretaría de Turismo del Gobierno de la Ciudad de México`),
};

export const brazil: CountryProfile = {
  code: 'BR',
  weight: 3,
  currency: 'BRL',
  givenNames: list(`João, Maria, Pedro, Ana, Lucas, Beatriz, Gabriel, Júlia, Rafael, Larissa, Matheus, Camila,
    Thiago, Letícia, Felipe, Mariana, André, Fernanda, Gustavo, Luíza, Vitória, Caio`),
  familyNames: list(`Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa,
    Ribeiro, Martins, Carvalho, Araújo, Melo, Barbosa, Rocha, Nascimento, Conceição, Azevedo, Magalhães`),
  doubleFamilyNameShare: 0.3,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    São Paulo | SP | 01###-### / 04###-### / 05###-### | +55 11 3###-#### / +55 11 2###-####
    Rio de Janeiro | RJ | 20###-### / 22###-### | +55 21 2###-####
    Belo Horizonte | MG | 30###-### | +55 31 3###-####
    Curitiba | PR | 80###-### | +55 41 3###-####
    Porto Alegre | RS | 90###-### | +55 51 3###-####
    Salvador | BA | 40###-### | +55 71 3###-####
    Recife | PE | 50###-### | +55 81 3###-####
    Florianópolis | SC | 88###-### | +55 48 3###-####`),
  streets: list(`Rua Augusta, Avenida Paulista, Rua das Flores, Avenida Atlântica, Rua XV de Novembro,
    Avenida Brasil, Rua da Consolação, Rua Oscar Freire, Avenida Sete de Setembro, Rua Chile`),
  streetLines: ['{street}, %##', '{street}, %###', '{street}, %#'],
  officeLines: ['Sala %0#', 'Conjunto %#', '%º andar'],
  homeLines: ['Apto %#', 'Apto %0#', 'Casa %'],
  patternLetters: '',
  postalExtension: '',
  mobilePhones: ['+55 11 99###-####', '+55 21 98###-####', '+55 31 97###-####'],
  webDomain: 'com.br',
  governmentDomain: 'gov.br',
  universityDomain: 'edu.br',
  freeMailDomains: list('gmail.com, hotmail.com, outlook.com, uol.com.br, bol.com.br, yahoo.com.br'),
  companySuffixes: ['', 'Ltda.'],
  businesses: lines(`
    Padaria {family}
    {family} & {family2} Advogados Associados
    Estúdio {family}
    Clínica {family}
    {family} Arquitetura Ltda.`),
  government: lines(`
    Prefeitura de {city}
    Secretaria Municipal de Cultura de {city}
    Ministério da Cultura
    Instituto Brasileiro de Geografia e Estatística
    Fundação Nacional de Artes`),
};
