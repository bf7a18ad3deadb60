import type { ContactDraft } from '../contactDraft';
import { type FinishOptions, finishContact } from '../finishContact';
import { createWorkPacer } from '../progress';
import type { ImportedContact, ImportProblem, ProgressCallback } from '../types';
import { parseContentLine, unfoldLines, type VCardProperty } from './contentLines';
import { vcardToDraft } from './vcardToDraft';

export interface ParseVCardOptions extends FinishOptions {
  onProgress?: ProgressCallback | undefined;
  signal?: AbortSignal | undefined;
}

export interface ParsedVCards {
  contacts: ImportedContact[];
  problems: ImportProblem[];
  /** The VERSION of the first card: "2.1", "3.0", "4.0", or '' when it has none. */
  version: string;
  /** Cards read, group cards and refused ones included. */
  cardCount: number;
}

interface Card {
  line: number;
  properties: VCardProperty[];
}

/** True when the text holds vCards, whatever the file is called. */
export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));
}

/**
 * Reads a .vcf file with one or many cards, versions 2.1, 3.0 and 4.0. A card that is never
 * closed is read to where the next begins, and said so; lines that are no property are
 * reported and skipped. Cards our own export wrote for the people of one client come back as
 * that one client.
 */
export async function parseVCardText(text: string, options: ParseVCardOptions): Promise<ParsedVCards> {
  const problems: ImportProblem[] = [];
  const cards = splitCards(text, problems);
  if (cards.length === 0) {
    problems.push({
      row: 0,
      field: '',
      message: 'This file holds no vCards (no BEGIN:VCARD line).',
      severity: 'error',
      value: '',
    });
  }
  const version = cards[0]?.properties.find((property) => property.name === 'VERSION')?.value.trim() ?? '';
  const drafts: { draft: ContactDraft; clientId: string }[] = [];
  const pacer = createWorkPacer(options);
  for (const [index, card] of cards.entries()) {
    const reading = vcardToDraft(card.properties, card.line);
    if (reading.kind === 'contact') {
      if (reading.hasPhoto) problems.push(photoSkipped(card.line));
      const previous = drafts[drafts.length - 1];
      if (previous && reading.clientId && previous.clientId === reading.clientId)
        previous.draft.people.push(...reading.draft.people);
      else drafts.push(reading);
    }
    if (index % 256 === 255) await pacer.step(index / cards.length);
  }
  const contacts: ImportedContact[] = [];
  for (const { draft } of drafts) {
    const finished = finishContact(draft, options);
    if (finished.contact) contacts.push(finished.contact);
    problems.push(...finished.problems);
  }
  return { contacts, problems, version, cardCount: cards.length };
}

/** One note per card with a photo: Clientele keeps no photos, and a photo is no row problem. */
function photoSkipped(row: number): ImportProblem {
  return {
    row,
    field: 'PHOTO',
    message: 'The photo on this card was not imported: Clientele keeps no photos.',
    severity: 'warning',
    value: '',
  };
}

function splitCards(text: string, problems: ImportProblem[]): Card[] {
  const cards: Card[] = [];
  let current: Card | null = null;
  const unclosed = (card: Card, where: string) =>
    problems.push({
      row: card.line,
      field: '',
      message: `This card has no END:VCARD; it was read ${where}.`,
      severity: 'warning',
      value: '',
    });
  for (const logical of unfoldLines(text)) {
    const trimmed = logical.text.trim();
    if (/^BEGIN:VCARD$/i.test(trimmed)) {
      if (current) {
        unclosed(current, 'up to the next card');
        cards.push(current);
      }
      current = { line: logical.line, properties: [] };
    } else if (/^END:VCARD$/i.test(trimmed)) {
      if (current) cards.push(current);
      current = null;
    } else if (current && trimmed !== '') {
      const property = parseContentLine(logical);
      if (property) current.properties.push(property);
      else {
        problems.push({
          row: logical.line,
          field: '',
          message: 'This line of the card could not be read and was skipped.',
          severity: 'warning',
          value: trimmed.slice(0, 200),
        });
      }
    }
  }
  if (current) {
    unclosed(current, 'to the end of the file');
    cards.push(current);
  }
  return cards;
}
