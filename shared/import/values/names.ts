import { collapseWhitespace } from '../../text/normalize';

export interface NameParts {
  prefix: string;
  givenName: string;
  familyName: string;
  suffix: string;
}

const prefixes = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sra',
  'srta',
]);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba', 'dds', 'cpa']);
const familyParticles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'do',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'al',
  'st.',
  'zu',
]);

const bare = (word: string) => word.toLowerCase().replace(/[.,]/g, '');

/**
 * Splits a full name as address books write it into given and family name: "Ana Ruiz",
 * "Ruiz, Ana", "Ludwig van Beethoven" (the particle stays with the family name), "Dr. Ana Ruiz"
 * (the title comes back separately), "Martin King Jr." (the suffix comes back separately too).
 * A single word, or a name in a script written without spaces (李小龍), is the given name.
 */
export function splitFullName(text: string): NameParts {
  const name = collapseWhitespace(text);
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma?.[1] && comma[2] && !suffixes.has(bare(comma[2]))) {
    const rest = splitFullName(comma[2]);
    return {
      prefix: rest.prefix,
      givenName: collapseWhitespace(`${rest.givenName} ${rest.familyName}`),
      familyName: comma[1],
      suffix: rest.suffix,
    };
  }
  const words = name.split(' ').filter(Boolean);
  let prefix = '';
  while (words.length > 1 && prefixes.has(bare(words[0] ?? '')))
    prefix = collapseWhitespace(`${prefix} ${words.shift()}`);
  const trailing: string[] = [];
  while (words.length > 2 && suffixes.has(bare(words[words.length - 1] ?? '')))
    trailing.unshift(words.pop() ?? '');
  const suffix = trailing.join(' ');
  if (words.length <= 1) return { prefix, givenName: words[0] ?? '', familyName: '', suffix };
  let familyStart = words.length - 1;
  while (familyStart > 1 && familyParticles.has((words[familyStart - 1] ?? '').toLowerCase()))
    familyStart -= 1;
  return {
    prefix,
    givenName: words.slice(0, familyStart).join(' '),
    familyName: words.slice(familyStart).join(' '),
    suffix,
  };
}
