/** Pricing scenarios: the break-even calculator's model, formulas and outputs. */
export * from './breakEven';
export * from './chartSeries';
export * from './compare';
export { costLineMinor, costLinesTotalMinor } from './costLines';
export * from './draft';
export * from './figures';
export * from './format';
export * from './model';
export * from './parseDraft';
export * from './parseNumbers';
export * from './pastPriceReference';
export * from './scenarios';
export * from './solvers';
export * from './summaryHtml';
export * from './verdict';
