/** An amount in integer minor units (cents) of an ISO 4217 currency. */
export interface Money {
  amountMinor: number;
  currency: string;
}

const fractionDigitsCache = new Map<string, number>();

/** How many minor-unit digits a currency has: 2 for EUR, 0 for JPY, 3 for BHD. */
export function currencyFractionDigits(currency: string): number {
  const cached = fractionDigitsCache.get(currency);
  if (cached !== undefined) return cached;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  const result = digits ?? 2;
  fractionDigitsCache.set(currency, result);
  return result;
}

let supportedCurrencies: Set<string> | undefined;

/** True for a three-letter ISO 4217 code the platform knows. */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  supportedCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return supportedCurrencies.has(code);
}

/** Converts minor units to the major-unit number used only for display and charts. */
export function minorToMajor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** currencyFractionDigits(currency);
}

export function formatMoney(money: Money, locale?: string): string {
  return moneyFormatter(money.currency, locale).format(minorToMajor(money.amountMinor, money.currency));
}

// Building an Intl formatter costs far more than using one; lists format hundreds of amounts.
const moneyFormatters = new Map<string, Intl.NumberFormat>();

function moneyFormatter(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    const digits = currencyFractionDigits(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Formats minor units as a plain number for an input field ("1234.50"). */
export function formatMinorForInput(amountMinor: number, currency: string): string {
  const digits = currencyFractionDigits(currency);
  const negative = amountMinor < 0;
  const abs = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${abs.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export type ParsedMoney = { ok: true; amountMinor: number } | { ok: false; error: string };

/**
 * Parses what a person types as an amount ("1,234.56", "1.234,56", "1234", "€ 99") into minor
 * units without going through floating point. The last '.' or ',' followed by at most the
 * currency's fraction digits is the decimal separator; other separators group thousands.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  const digits = currencyFractionDigits(currency);
  const trimmed = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (trimmed === '') return { ok: false, error: 'Enter an amount.' };
  const negative = /^-|^\(.*\)$|-$/.test(trimmed);
  const signless = trimmed.replace(/^[-(]|[-)]$/g, '');
  // The number may carry the field currency's own symbol or code, before or after ("$99", "99 EUR").
  const match = /^([^\d.,]*)([\d.,]*)([^\d.,]*)$/u.exec(signless);
  const body = match?.[2] ?? '';
  if (!match || !/\d/.test(body)) return { ok: false, error: 'Enter a number, like 1250 or 1,250.00.' };
  const prefix = match[1] ?? '';
  const suffix = match[3] ?? '';
  if (prefix !== '' && suffix !== '') return { ok: false, error: 'Enter a number, like 1250 or 1,250.00.' };
  const affix = prefix || suffix;
  if (affix !== '' && !currencyMarks(currency).has(affix.toUpperCase())) {
    if (affix.length > 4) return { ok: false, error: 'Enter a number, like 1250 or 1,250.00.' };
    return {
      ok: false,
      error: `Enter a number in ${currency}; "${affix}" is not ${currencyMarksText(currency)}.`,
    };
  }
  const split = splitDecimal(body, digits);
  if (!split.ok) return split;
  const { wholePart, fractionPart } = split;
  if (fractionPart.length > digits) {
    return {
      ok: false,
      error:
        digits === 0
          ? `${currency} has no smaller unit; enter a whole amount.`
          : `Use at most ${digits} decimal places.`,
    };
  }
  const minorText = `${wholePart || '0'}${fractionPart.padEnd(digits, '0')}`;
  const amountMinor = Number(minorText);
  if (!Number.isSafeInteger(amountMinor)) return { ok: false, error: 'That amount is too large.' };
  return { ok: true, amountMinor: negative ? -amountMinor : amountMinor };
}

const currencyMarksCache = new Map<string, Set<string>>();

/** The upper-cased symbols and code a person may type with an amount of this currency ("$", "US$", "USD"). */
function currencyMarks(currency: string): Set<string> {
  const cached = currencyMarksCache.get(currency);
  if (cached) return cached;
  const marks = new Set<string>([currency]);
  for (const locale of ['en', 'en-CA', 'en-AU', 'de', 'fr', 'ja', 'pl', 'sv']) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((candidate) => candidate.type === 'currency');
      if (part) marks.add(part.value.toUpperCase());
    }
  }
  currencyMarksCache.set(currency, marks);
  return marks;
}

function currencyMarksText(currency: string): string {
  const symbols = [...currencyMarks(currency)].filter((mark) => mark !== currency);
  const symbol = symbols.find((mark) => !/^[A-Z]+$/.test(mark)) ?? symbols[0];
  return symbol ? `${symbol} or ${currency}` : currency;
}

/**
 * Finds the decimal separator: with both '.' and ',' present it is the last one; a separator
 * that occurs once is decimal unless exactly three digits follow it (then it groups thousands,
 * as in "1,234"); one that occurs several times groups thousands.
 */
function splitDecimal(
  body: string,
  fractionDigits: number,
): { ok: true; wholePart: string; fractionPart: string } | { ok: false; error: string } {
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  let decimalAt = -1;
  if (hasDot && hasComma) {
    decimalAt = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  } else if (hasDot || hasComma) {
    const separator = hasDot ? '.' : ',';
    const count = body.split(separator).length - 1;
    const after = body.slice(body.lastIndexOf(separator) + 1);
    if (count === 1 && !(after.length === 3 && fractionDigits < 3)) decimalAt = body.lastIndexOf(separator);
  }
  const wholeText = decimalAt >= 0 ? body.slice(0, decimalAt) : body;
  const fractionPart = decimalAt >= 0 ? body.slice(decimalAt + 1) : '';
  if (/[.,]/.test(fractionPart)) return { ok: false, error: 'Use one decimal separator, like 1,250.50.' };
  const groups = wholeText.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).some((group) => group.length !== 3)) {
    return { ok: false, error: 'The thousands separators are in the wrong places; try 1250.50.' };
  }
  return { ok: true, wholePart: groups.join(''), fractionPart };
}
