/**
 * Column names of the clients CSV. The export writes them and the import reads them back (the
 * "Clientele export" source), so a round trip loses nothing; change both sides together.
 */
export const clientCsvColumns = {
  kind: 'Kind',
  organization: 'Organization',
  department: 'Department',
  website: 'Website',
  city: 'City',
  region: 'Region',
  postalCode: 'Postal code',
  country: 'Country',
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  source: 'Source',
  sourceDetail: 'Source detail',
  preferredContact: 'Preferred contact',
  emailAllowed: 'Email allowed',
  postAllowed: 'Post allowed',
  doNotContact: 'Do not contact',
  verifiedOn: 'Verified on',
  tags: 'Tags',
  notes: 'Notes',
  projects: 'Projects',
  completedProjects: 'Completed projects',
  lastProject: 'Last project',
} as const;

/** "Street line 1": street lines are numbered from 1. */
export const streetLineColumn = (line: number) => `Street line ${line}`;

/** People and their emails and phones are numbered from 1, as a spreadsheet user counts. */
export const personColumns = {
  givenName: (person: number) => `Contact ${person} given name`,
  familyName: (person: number) => `Contact ${person} family name`,
  prefix: (person: number) => `Contact ${person} name prefix`,
  middleName: (person: number) => `Contact ${person} middle name`,
  suffix: (person: number) => `Contact ${person} name suffix`,
  nickname: (person: number) => `Contact ${person} nickname`,
  jobTitle: (person: number) => `Contact ${person} job title`,
  email: (person: number, index: number) => `Contact ${person} email ${index}`,
  emailLabel: (person: number, index: number) => `Contact ${person} email ${index} label`,
  phone: (person: number, index: number) => `Contact ${person} phone ${index}`,
  phoneLabel: (person: number, index: number) => `Contact ${person} phone ${index} label`,
};
