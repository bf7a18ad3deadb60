import { batchUndoLabel, importDoneText, summarizeClient, undoDoneText } from '@shared/import';
import type { ImportBatchCounts } from '@shared/model/importBatch';
import { describe, expect, it } from 'vitest';
import { anaAtRuiz, client, person } from '../../support/clients';

const counts = (fields: Partial<ImportBatchCounts>): ImportBatchCounts => ({
  rows: 0,
  created: 0,
  updated: 0,
  skipped: 0,
  unchanged: 0,
  refused: 0,
  warnings: 0,
  ...fields,
});

describe('words about an import', () => {
  it('label the undo of a batch by what it added', () => {
    expect(batchUndoLabel({ fileName: 'Connections.csv', counts: counts({ created: 1204 }) })).toBe(
      'Undo: 1,204 clients from Connections.csv',
    );
    expect(batchUndoLabel({ fileName: 'a.vcf', counts: counts({ created: 1 }) })).toBe(
      'Undo: 1 client from a.vcf',
    );
    expect(batchUndoLabel({ fileName: 'a.csv', counts: counts({ updated: 3 }) })).toBe(
      'Undo: filled-in fields of 3 clients from a.csv',
    );
  });

  it('say what an import did, rows left out and refused included', () => {
    expect(importDoneText('a.csv', counts({ created: 2, updated: 1, skipped: 3, refused: 1 }))).toBe(
      'Imported 2 clients and filled empty fields of 1 existing client from a.csv. 3 rows matching a client or an earlier row were left out. 1 row had problems and was not imported.',
    );
    expect(importDoneText('a.csv', counts({ skipped: 4 }))).toBe(
      'Imported 0 clients from a.csv. Every contact in it matches a client you already have.',
    );
  });

  it('say what undo did, and which clients it kept and why', () => {
    expect(undoDoneText('a.csv', { removed: 1204, restored: 0, kept: 0 })).toBe(
      'Removed 1,204 clients imported from a.csv.',
    );
    expect(undoDoneText('a.csv', { removed: 3, restored: 1, kept: 2 })).toBe(
      'Removed 3 clients imported from a.csv. Put back 1 client as they were before the import. Kept 2 clients that got projects or were edited after the import; change or delete them yourself if needed.',
    );
  });
});

describe('client summaries in the preview', () => {
  it('show the listed name, the people, the first email and phone, and the place', () => {
    expect(summarizeClient(anaAtRuiz(), 'Imported 2026-11')).toEqual({
      name: 'Ruiz Estudio',
      people: ['Ana Ruiz'],
      kind: 'Business (B2B)',
      organization: 'Ruiz Estudio',
      email: 'ana@ruiz.es',
      phone: '+34 600 123 456',
      place: 'Madrid, Spain',
      tags: ['Imported 2026-11'],
      notes: '',
    });
  });

  it('shorten notes to their first line', () => {
    const chatty = client({
      contacts: [person({ givenName: 'Bo' })],
      notes: 'Met at the fair.\nPrefers calls.',
    });
    expect(summarizeClient(chatty).notes).toBe('Met at the fair.…');
    expect(summarizeClient(chatty).name).toBe('Bo');
  });
});
