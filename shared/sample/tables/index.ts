import { australia, japan } from './asiaPacific';
import { ireland, unitedKingdom } from './britishIsles';
import { germany, netherlands, poland } from './centralEurope';
import type { CountryProfile } from './countryProfile';
import { brazil, mexico } from './latinAmerica';
import { norway, sweden } from './nordics';
import { canada, unitedStates } from './northAmerica';
import { france, italy, spain } from './southernEurope';

export type { CountryProfile, SampleCity } from './countryProfile';

/** Every country the sample data draws clients from; `weight` sets how many. */
export const countryProfiles: readonly CountryProfile[] = [
  unitedStates,
  unitedKingdom,
  canada,
  australia,
  germany,
  france,
  spain,
  italy,
  netherlands,
  sweden,
  norway,
  poland,
  ireland,
  japan,
  brazil,
  mexico,
];

export const countryWeights: readonly number[] = countryProfiles.map((profile) => profile.weight);
