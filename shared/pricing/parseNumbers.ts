import { hoursScale } from './model';

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: string };

function stripSpaces(text: string): string {
  return text.trim().replace(/[\s\u00a0\u202f'_]/g, '');
}

/**
 * Parses hours as typed ("1.5", "1,5", "0.25", "12") into hundredths of an hour without going
 * through floating point, so 0.1 h is exactly 10 and never 10.000000000000002.
 */
export function parseHours(text: string): ParsedNumber {
  const body = stripSpaces(text);
  if (body === '') return { ok: false, error: 'Enter the hours.' };
  if (body.startsWith('-')) return { ok: false, error: 'Hours cannot be negative.' };
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(body);
  if (!match || `${match[1]}${match[2] ?? ''}` === '') {
    return { ok: false, error: 'Enter the hours as a number, like 1.5.' };
  }
  const fraction = match[2] ?? '';
  const fractionDigits = String(hoursScale).length - 1;
  if (fraction.length > fractionDigits) {
    return { ok: false, error: `Use at most ${fractionDigits} decimal places for hours, like 1.25.` };
  }
  const value = Number(`${match[1] || '0'}${fraction.padEnd(fractionDigits, '0')}`);
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'That is too many hours.' };
  return { ok: true, value };
}

/** Parses a whole, non-negative number of units ("4", "1,200", "1 200"). */
export function parseWholeUnits(text: string): ParsedNumber {
  const body = stripSpaces(text);
  if (body === '') return { ok: false, error: 'Enter a number of units.' };
  if (body.startsWith('-')) return { ok: false, error: 'The number of units cannot be negative.' };
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(body);
  if (!grouped && !/^\d+$/.test(body)) return { ok: false, error: 'Enter a whole number of units, like 4.' };
  const value = Number(body.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'That is too many units.' };
  return { ok: true, value };
}

/** Hundredths of an hour as an input shows them: 150 → "1.5", 25 → "0.25", 200 → "2". */
export function formatHoursForInput(hoursHundredths: number): string {
  const whole = Math.trunc(hoursHundredths / hoursScale);
  const fraction = String(hoursHundredths % hoursScale)
    .padStart(String(hoursScale).length - 1, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
