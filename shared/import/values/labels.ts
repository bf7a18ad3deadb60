import { ownValue } from '../../ownValue';

const canonicalLabels: Record<string, string> = {
  work: 'work',
  business: 'work',
  office: 'work',
  company: 'work',
  geschaftlich: 'work',
  buro: 'work',
  travail: 'work',
  bureau: 'work',
  trabajo: 'work',
  home: 'home',
  personal: 'home',
  private: 'home',
  privat: 'home',
  domicile: 'home',
  casa: 'home',
  mobile: 'mobile',
  cell: 'mobile',
  cellular: 'mobile',
  iphone: 'mobile',
  mobil: 'mobile',
  handy: 'mobile',
  portable: 'mobile',
  movil: 'mobile',
  main: 'main',
  other: 'other',
  fax: 'fax',
  workfax: 'work fax',
  businessfax: 'work fax',
  homefax: 'home fax',
  otherfax: 'fax',
  pager: 'pager',
  assistant: 'assistant',
  car: 'car',
  school: 'school',
};

/** vCard TYPE values that say how a value is sent rather than whose it is. */
const technicalTypes = new Set([
  'internet',
  'pref',
  'voice',
  'x400',
  'msg',
  'text',
  'uri',
  'smtp',
  'ex',
  'x-internet',
]);

/**
 * A label for an email, phone or address as the app writes them ("work", "home", "mobile"),
 * from what other tools write: "* Work" (Google marks the primary one), "_$!<Mobile>!$_"
 * (Apple), "CELL" (vCard), "Geschäftlich". Labels a user made up are kept as they are.
 */
export function normalizeContactLabel(text: string): string {
  if (text === '') return '';
  const known = labelCache.get(text);
  if (known !== undefined) return known;
  const label = canonicalLabel(text);
  // Files repeat a handful of labels thousands of times; a small cache saves the folding.
  if (labelCache.size < 1000) labelCache.set(text, label);
  return label;
}

const labelCache = new Map<string, string>();

function canonicalLabel(text: string): string {
  const stripped = text
    .trim()
    .replace(/^\*\s*/, '')
    .replace(/^_\$!<(.*)>!\$_$/, '$1')
    .trim();
  const key = stripped
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (technicalTypes.has(key)) return '';
  return ownValue(canonicalLabels, key) ?? stripped;
}

/** Joins several vCard TYPE values into one label: "WORK,VOICE" → "work", "CELL" → "mobile". */
export function labelFromTypes(types: readonly string[]): string {
  const labels = types.map(normalizeContactLabel).filter((label) => label !== '');
  if (labels.includes('fax')) {
    if (labels.includes('work')) return 'work fax';
    if (labels.includes('home')) return 'home fax';
    return 'fax';
  }
  return labels.find((label) => label === 'mobile') ?? labels[0] ?? '';
}
