import type { PostalAddress } from './client';

/** The user's preferences. Thresholds drive the client badges. */
export interface Settings {
  /** ISO 4217 code used for totals and new projects. */
  homeCurrency: string;
  /** A client with at least this many completed projects is a repeat client. */
  repeatMinCompletedProjects: number;
  /** A client whose last project is older than this many months is lapsed. */
  lapsedAfterMonths: number;
  /** Details not verified for this many months are flagged. */
  staleAfterMonths: number;
  /** The freelancer's own name and address, for return-address labels and domestic mail. */
  ownName: string;
  ownAddress: PostalAddress;
}

export const defaultSettings: Settings = {
  homeCurrency: 'USD',
  repeatMinCompletedProjects: 2,
  lapsedAfterMonths: 24,
  staleAfterMonths: 12,
  ownName: '',
  ownAddress: { lines: [], city: '', region: '', postalCode: '', country: '' },
};
