import type { SavableFileKind } from './contract';

/** The one extension each kind of saved file gets, whatever name the user types. */
export const savedFileExtensions: Readonly<Record<SavableFileKind, string>> = {
  csv: 'csv',
  vcard: 'vcf',
  pdf: 'pdf',
};

/**
 * Invisible format characters (Unicode category Cf): a right-to-left override makes
 * "a\u202Evsc.exe" show as "aexe.csv", hiding what the file really is.
 */
export function hasFormatCharacters(name: string): boolean {
  return /\p{Cf}/u.test(name);
}

export function hasKindExtension(name: string, kind: SavableFileKind): boolean {
  return name.toLowerCase().endsWith(`.${savedFileExtensions[kind]}`);
}

/** The name as typed when it already ends in the kind's extension, else with it added. */
export function withKindExtension(name: string, kind: SavableFileKind): string {
  return hasKindExtension(name, kind) ? name : `${name}.${savedFileExtensions[kind]}`;
}
