import { type CountryProfile, cities, lines, list } from './countryProfile';

// Landlines and mobiles use the blocks ARCEP keeps for fiction (01 99 00, 06 39 98...).
export const france: CountryProfile = {
  code: 'FR',
  weight: 6,
  currency: 'EUR',
  givenNames:
    list(`François, Zoé, Hélène, Léa, Benoît, Amélie, Théo, Chloé, Jérôme, Céline, Mathéo, Inès, Louis,
    Camille, Nicolas, Manon, Étienne, Anaïs, Julien, Élodie, Grégoire, Maëlle`),
  familyNames: list(`Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Lefèvre,
    Laurent, Garnier, Faure, Rousseau, Blanc, Guérin, Chevalier, Benaïssa, Lemaître, Mercier, Boucher`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Paris | Île-de-France | 7500# / 7501% | +33 1 99 00 ## ##
    Lyon | Auvergne-Rhône-Alpes | 6900% | +33 4 65 71 ## ##
    Marseille | Provence-Alpes-Côte d'Azur | 1300% / 1301% | +33 4 65 71 ## ##
    Toulouse | Occitanie | 31000 / 3100% / 3120% | +33 5 36 49 ## ##
    Bordeaux | Nouvelle-Aquitaine | 33000 / 3300% / 33800 | +33 5 36 49 ## ##
    Lille | Hauts-de-France | 59000 / 59800 | +33 3 53 01 ## ##
    Nantes | Pays de la Loire | 44000 / 44100 / 44200 | +33 2 61 91 ## ##
    Strasbourg | Grand Est | 67000 / 67100 | +33 3 53 01 ## ##
    Rennes | Bretagne | 35000 / 35200 | +33 2 61 91 ## ##`),
  streets:
    list(`rue de la République, avenue Jean Jaurès, boulevard Voltaire, rue Victor Hugo, place de la Mairie,
    rue des Lilas, rue du Faubourg Saint-Antoine, quai des Chartrons, rue Nationale, avenue Foch, rue de Rivoli,
    cours Mirabeau`),
  streetLines: ['% {street}', '%# {street}', '%# bis {street}'],
  officeLines: ['Bâtiment @', '%e étage', 'Bureau %0#'],
  homeLines: ['Appartement %#', 'Résidence Les Tilleuls'],
  patternLetters: 'ABCD',
  postalExtension: '',
  mobilePhones: ['+33 6 39 98 ## ##'],
  webDomain: 'fr',
  governmentDomain: 'gouv.fr',
  universityDomain: 'fr',
  freeMailDomains: list('orange.fr, free.fr, gmail.com, laposte.net, sfr.fr, outlook.fr'),
  companySuffixes: ['', 'SARL', 'SAS'],
  businesses: lines(`
    Boulangerie {family}
    Cabinet {family} Avocats
    Atelier {family}
    {family} & {family2} Architectes
    Pharmacie {family}
    Le Petit Atelier de {city}`),
  government: lines(`
    Mairie de {city}
    Université de {city}
    Centre hospitalier universitaire de {city}
    Bibliothèque municipale de {city}
    Ministère de la Culture
    Direction régionale des affaires culturelles {region}`),
};

export const spain: CountryProfile = {
  code: 'ES',
  weight: 4,
  currency: 'EUR',
  givenNames:
    list(`Lucía, Hugo, Martina, Pablo, Sofía, Álvaro, Carmen, Javier, Paula, Sergio, Nuria, Alejandro,
    Begoña, Íñigo, Marta, Jordi, Montserrat, Raúl, Ainhoa, Adrián, Elena, Iker`),
  familyNames: list(`García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín,
    Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Domínguez, Castillo`),
  doubleFamilyNameShare: 0.6,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Madrid | Comunidad de Madrid | 280## | +34 91# ### ###
    Barcelona | Cataluña | 080## | +34 93# ### ###
    Valencia | Comunidad Valenciana | 460## | +34 96# ### ###
    Sevilla | Andalucía | 410## | +34 95# ### ###
    Bilbao | País Vasco | 480## | +34 94# ### ###
    Málaga | Andalucía | 290## | +34 95# ### ###
    Zaragoza | Aragón | 500## | +34 976 ### ###
    Granada | Andalucía | 180## | +34 958 ### ###`),
  streets:
    list(`Calle Mayor, Calle de Alcalá, Gran Vía, Paseo de Gracia, Calle Real, Avenida de la Constitución,
    Calle Sierpes, Rambla de Catalunya, Calle Larios, Plaza Mayor, Calle del Carmen, Avenida Diagonal`),
  streetLines: ['{street}, %', '{street}, %#', '{street}, %##'],
  officeLines: ['%ª planta', 'Oficina %', 'Local %'],
  homeLines: ['%º %ª', '%º izda.', '%º dcha.'],
  patternLetters: '',
  postalExtension: '',
  mobilePhones: ['+34 6%# ### ###'],
  webDomain: 'es',
  governmentDomain: 'gob.es',
  universityDomain: 'es',
  freeMailDomains: list('gmail.com, hotmail.es, yahoo.es, outlook.es, telefonica.net'),
  companySuffixes: ['', 'S.L.'],
  businesses: lines(`
    Panadería {family}
    {family} Abogados, S.L.
    Estudio {family}
    Clínica Dental {family}
    Bodegas {family}`),
  government: lines(`
    Ayuntamiento de {city}
    Universidad de {city}
    Hospital Universitario de {city}
    Ministerio de Cultura
    Instituto Cervantes
    Consejería de Cultura y Patrimonio Histórico de la Junta de Andalucía`),
};

export const italy: CountryProfile = {
  code: 'IT',
  weight: 4,
  currency: 'EUR',
  givenNames: list(`Giulia, Francesco, Sofia, Alessandro, Aurora, Lorenzo, Chiara, Matteo, Francesca, Niccolò,
    Elisa, Davide, Federica, Gianluca, Martina, Andrea, Ilaria, Luca, Beatrice, Simone, Caterina, Nicolò`),
  familyNames:
    list(`Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
    Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, D'Angelo`),
  doubleFamilyNameShare: 0,
  nativeScriptShare: 0,
  nativeScriptNames: [],
  cities: cities(`
    Roma | Lazio | 001## | +39 06 4### #### / +39 06 5### ####
    Milano | Lombardia | 201## | +39 02 %### ####
    Torino | Piemonte | 101## | +39 011 %## ####
    Napoli | Campania | 801## | +39 081 %## ####
    Firenze | Toscana | 501## | +39 055 %## ####
    Bologna | Emilia-Romagna | 401## | +39 051 %## ####
    Venezia | Veneto | 301## | +39 041 %## ####
    Palermo | Sicilia | 901## | +39 091 %## ####`),
  streets:
    list(`Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Via Dante, Piazza del Duomo, Via Mazzini,
    Via Cavour, Viale Europa, Via della Repubblica, Corso Italia, Via Verdi, Via dei Mille`),
  streetLines: ['{street}, %', '{street}, %#', '{street}, %##'],
  officeLines: ['Piano %', 'Interno %', 'Scala @'],
  homeLines: ['Interno %', 'Scala @'],
  patternLetters: 'ABC',
  postalExtension: '',
  mobilePhones: ['+39 33# ### ####', '+39 34# ### ####', '+39 32# ### ####'],
  webDomain: 'it',
  governmentDomain: 'gov.it',
  universityDomain: 'it',
  freeMailDomains: list('gmail.com, libero.it, virgilio.it, alice.it, hotmail.it, outlook.it'),
  companySuffixes: ['', 'S.r.l.'],
  businesses: lines(`
    Panificio {family}
    Studio Legale {family}
    {family} S.r.l.
    Architetti {family} & {family2}
    Farmacia {family}`),
  government: lines(`
    Comune di {city}
    Università degli Studi di {city}
    Regione {region}
    Ministero della Cultura
    Agenzia per l'Italia Digitale
    Azienda Ospedaliera Universitaria di {city}`),
};
