/** Whose name comes first on a business card: as the destination country expects, or always one way. */
export const nameOrders = ['country', 'person-first', 'organization-first'] as const;
export type NameOrder = (typeof nameOrders)[number];

export const nameOrderLabels: Record<NameOrder, string> = {
  country: 'As the destination country expects',
  'person-first': 'Person, then organization',
  'organization-first': 'Organization, then person',
};

/** How the text of an address label is put together, as a mail-merge user would choose it. */
export interface LabelTextOptions {
  /** Print the person's job title under (or above) their name. */
  jobTitles: boolean;
  nameOrder: NameOrder;
  /** Capitals on the town line (and the country line below it), as postal services prefer. */
  upperCaseLastLine: boolean;
}

export const defaultLabelTextOptions: LabelTextOptions = {
  jobTitles: true,
  nameOrder: 'country',
  upperCaseLastLine: false,
};

/** The stored choices, each one that is missing or not understood replaced by its default. */
export function labelTextOptionsFrom(stored: unknown): LabelTextOptions {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof LabelTextOptions, unknown>
  >;
  return {
    jobTitles: typeof value.jobTitles === 'boolean' ? value.jobTitles : defaultLabelTextOptions.jobTitles,
    nameOrder: nameOrders.includes(value.nameOrder as NameOrder)
      ? (value.nameOrder as NameOrder)
      : defaultLabelTextOptions.nameOrder,
    upperCaseLastLine:
      typeof value.upperCaseLastLine === 'boolean'
        ? value.upperCaseLastLine
        : defaultLabelTextOptions.upperCaseLastLine,
  };
}
