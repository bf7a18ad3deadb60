import { unneutralizeFormulaText } from '../../csv/writeCsv';
import type { SocialNetwork } from '../../model/client';
import { addressAt, type ContactDraft, newContactDraft, personAt, type SourcedValue } from '../contactDraft';
import type { ColumnMapping, ImportFieldId } from '../fields';
import {
  multiValueSeparator,
  splitEmails,
  splitPhones,
  splitTagLines,
  splitTags,
} from '../values/cellValues';
import { normalizeContactLabel } from '../values/labels';

export interface CompiledColumn {
  index: number;
  header: string;
  mapping: ColumnMapping;
}

/** The columns that import something, ready to apply to every row. */
export function compileMapping(
  header: readonly string[],
  mapping: readonly ColumnMapping[],
): CompiledColumn[] {
  const columns: CompiledColumn[] = [];
  header.forEach((cell, index) => {
    const columnMapping = mapping[index];
    if (columnMapping && columnMapping.field !== 'ignore') {
      columns.push({ index, header: cell || `Column ${index + 1}`, mapping: columnMapping });
    }
  });
  return columns;
}

type PersonText =
  | 'fullName'
  | 'givenName'
  | 'middleName'
  | 'familyName'
  | 'prefix'
  | 'suffix'
  | 'nickname'
  | 'jobTitle';
const personTextFields: Partial<Record<ImportFieldId, PersonText>> = {
  fullName: 'fullName',
  givenName: 'givenName',
  middleName: 'middleName',
  familyName: 'familyName',
  namePrefix: 'prefix',
  nameSuffix: 'suffix',
  nickname: 'nickname',
  jobTitle: 'jobTitle',
};
type AddressText = 'extended' | 'poBox' | 'city' | 'region' | 'postalCode' | 'formatted' | 'oneLine';
const addressTextFields: Partial<Record<ImportFieldId, AddressText>> = {
  extendedAddress: 'extended',
  poBox: 'poBox',
  city: 'city',
  region: 'region',
  postalCode: 'postalCode',
  formattedAddress: 'formatted',
  oneLineAddress: 'oneLine',
};
type DraftText = 'organization' | 'department' | 'source' | 'sourceDetail';
type DraftSourced =
  | 'kind'
  | 'preferredContact'
  | 'emailAllowed'
  | 'postAllowed'
  | 'doNotContact'
  | 'verifiedOn';
type DraftSocial = SocialNetwork;

// Outlook writes "0/0/00" for a date that is not set.
const emptyDate = /^0{1,2}[/.-]0{1,2}[/.-]0{2,4}$/;

/**
 * Reads one row into a draft by the mapping. A second value for a field that holds one (a
 * second organization column, Google's "A ::: B") goes to the notes rather than being lost.
 * Values from the app's own export have their formula guard removed, and so do phone numbers
 * from anywhere: "'+1 555" is never what someone meant.
 */
export function csvRowToDraft(
  row: number,
  cells: readonly string[],
  columns: readonly CompiledColumn[],
  fromOwnExport: boolean,
): ContactDraft {
  const draft = newContactDraft(row);
  const valueLabels = new Map<string, string>();
  const unlabelled: { value: SourcedValue; groupKey: string }[] = [];
  const noteLabels = new Map<string, string>();
  const pendingNotes: { header: string; value: string; group: string }[] = [];
  const noteOf = (header: string, value: string) => draft.labelledNotes.push(`${header}: ${value}`);
  // Our own export writes one value per cell: nothing in it is a Google " ::: " list.
  const splitLists = !fromOwnExport;
  const splitMulti = (text: string) =>
    splitLists && text.includes(multiValueSeparator) ? text.split(multiValueSeparator) : [text];

  for (const { index, header, mapping } of columns) {
    const raw = cells[index] ?? '';
    if (raw === '') continue;
    const field = mapping.field;
    const value = (fromOwnExport || field === 'phone' ? unneutralizeFormulaText(raw) : raw).trim();
    if (value === '') continue;
    const personIndex = mapping.person ?? 0;
    const group = mapping.group ?? '';
    const personText = personTextFields[field];
    const addressText = addressTextFields[field];
    if (personText) {
      const person = personAt(draft, personIndex);
      person[personText] = keepFirst(draft, person[personText], header, value, splitLists);
      continue;
    }
    if (addressText || field === 'street' || field === 'country' || field === 'addressLabel') {
      const address = addressAt(draft, group);
      if (mapping.label && !address.label) address.label = mapping.label;
      if (field === 'street') address.street.push(...splitMulti(value));
      else if (field === 'country') address.country ??= { value, label: '', field: header };
      else if (field === 'addressLabel') address.label = normalizeContactLabel(value);
      else if (addressText) {
        address[addressText] = keepFirst(draft, address[addressText], header, value, splitLists);
      }
      continue;
    }
    switch (field) {
      case 'email':
      case 'phone': {
        const person = personAt(draft, personIndex);
        const label = fromOwnExport ? (mapping.label ?? '') : normalizeContactLabel(mapping.label ?? '');
        for (const text of field === 'email' ? splitEmails(value) : splitPhones(value)) {
          const sourced = { value: text, label, field: header };
          (field === 'email' ? person.emails : person.phones).push(sourced);
          if (!label) unlabelled.push({ value: sourced, groupKey: `${field}|${personIndex}|${group}` });
        }
        break;
      }
      case 'emailLabel':
      case 'phoneLabel':
        valueLabels.set(
          `${field === 'emailLabel' ? 'email' : 'phone'}|${personIndex}|${group}`,
          fromOwnExport ? value : normalizeContactLabel(value.split(multiValueSeparator)[0] ?? ''),
        );
        break;
      case 'organization':
      case 'department':
      case 'source':
      case 'sourceDetail':
        draft[field as DraftText] = keepFirst(draft, draft[field as DraftText], header, value, splitLists);
        break;
      case 'marketingChannel':
        draft.marketingChannel ??= { value, label: mapping.label ?? '', field: header };
        break;
      case 'marketingActivity':
        draft.marketingActivity ??= { value, label: '', field: header };
        break;
      case 'website':
        for (const text of splitMulti(value))
          draft.websites.push({ value: text.trim(), label: '', field: header });
        break;
      case 'linkedin':
      case 'x':
      case 'facebook':
      case 'instagram':
        if (draft.social[field as DraftSocial]) noteOf(header, value);
        else draft.social[field as DraftSocial] = { value, label: '', field: header };
        break;
      case 'kind':
      case 'preferredContact':
      case 'emailAllowed':
      case 'postAllowed':
      case 'doNotContact':
      case 'verifiedOn':
        draft[field as DraftSourced] ??= { value, label: '', field: header };
        break;
      case 'tags':
        draft.tags.push(...splitTags(value));
        break;
      case 'tagLines':
        draft.tags.push(...splitTagLines(value));
        break;
      case 'notes':
        draft.notes.push(value);
        break;
      case 'emailOptOut':
        draft.emailOptOut = true;
        break;
      case 'emailOptIn':
        draft.emailOptIn = true;
        break;
      case 'noteLabel':
        if (group) noteLabels.set(group, value);
        break;
      case 'labelledNote':
        if (!emptyDate.test(value)) pendingNotes.push({ header, value, group });
        break;
    }
  }
  for (const { value, groupKey } of unlabelled) value.label = valueLabels.get(groupKey) ?? '';
  for (const note of pendingNotes)
    noteOf((note.group && noteLabels.get(note.group)) || note.header, note.value);
  return draft;
}

/**
 * The value a single-valued field keeps: the one it has, else this one. A different second
 * value, and the rest of a Google " ::: " list, go to the notes rather than being lost.
 */
function keepFirst(
  draft: ContactDraft,
  current: string,
  header: string,
  value: string,
  splitLists: boolean,
): string {
  const [first = '', ...others] =
    splitLists && value.includes(multiValueSeparator)
      ? value.split(multiValueSeparator).map((part) => part.trim())
      : [value];
  for (const other of others) if (other) draft.labelledNotes.push(`${header}: ${other}`);
  if (!current) return first;
  if (current !== first) draft.labelledNotes.push(`${header}: ${first}`);
  return current;
}
