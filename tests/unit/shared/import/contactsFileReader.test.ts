import { type ColumnMapping, ContactsFileReader, parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sheet = bytesOf(
  'Name;E-mail;Customer\nAna Ruiz;ana@ruiz.example;Ruiz Estudio\nBob Stone;bob@stone.example;\n',
);

describe('a contacts file read several ways', () => {
  it('splits the text into rows once, however often the mapping changes', async () => {
    const reader = new ContactsFileReader(sheet, 'contacts.csv');
    const stages: string[] = [];
    const first = await reader.read({ onStage: (stage) => stages.push(stage) });
    expect(first.delimiter).toBe(';');
    expect(first.mapping[2]).toEqual({ field: 'labelledNote' });
    expect(first.contacts[0]?.details.organization).toBe('');

    const mapping: ColumnMapping[] = [{ field: 'fullName' }, { field: 'email' }, { field: 'organization' }];
    const second = await reader.read({ mapping, onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['reading', 'mapping', 'mapping']);
    expect(second.contacts[0]?.details.organization).toBe('Ruiz Estudio');
    expect(second.contacts[0]?.details.kind).toBe('b2b');
    // The same answer as reading the file afresh.
    const fresh = await parseContactsFile(sheet, 'contacts.csv', { mapping });
    expect(second.contacts.map((contact) => contact.matchKeys)).toEqual(
      fresh.contacts.map((contact) => contact.matchKeys),
    );
  });

  it('reads the text again for another delimiter or encoding', async () => {
    const reader = new ContactsFileReader(sheet, 'contacts.csv');
    await reader.read();
    const byComma = await reader.read({ delimiter: ',' });
    expect(byComma.header).toEqual(['Name;E-mail;Customer']);
    const latin = await reader.read({ encoding: 'windows-1252' });
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.delimiter).toBe(';');
  });
});
