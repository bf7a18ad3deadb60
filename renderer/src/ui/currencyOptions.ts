export const commonCurrencies = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'MXN',
  'BRL',
  'INR',
];

/** Currencies for a select: the home currency and common ones first, then every other. */
export function currencyOptions(homeCurrency: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const first = [homeCurrency, ...commonCurrencies.filter((code) => code !== homeCurrency)];
  const rest = Intl.supportedValuesOf('currency').filter((code) => !first.includes(code));
  return [...first, ...rest].map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
}
