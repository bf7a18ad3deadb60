import { parseContactsFile } from '@shared/import';
import {
  importedSourceLink,
  matchImportedActivities,
  parseMarketingChannel,
} from '@shared/import/marketingColumns';
import { guessColumnMapping } from '@shared/import/sources/genericMapping';
import { describe, expect, it } from 'vitest';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('source channel values', () => {
  it('match the app channels whatever the case, and common words for them', () => {
    expect(parseMarketingChannel('Referral')).toBe('referral');
    expect(parseMarketingChannel('  word of MOUTH ')).toBe('referral');
    expect(parseMarketingChannel('LinkedIn')).toBe('social');
    expect(parseMarketingChannel('Google')).toBe('content');
    expect(parseMarketingChannel('Google Ads')).toBe('advertising');
    expect(parseMarketingChannel('newsletter')).toBe('newsletter');
    expect(parseMarketingChannel('Blog or content')).toBe('content');
    expect(parseMarketingChannel('Billboard on the A4')).toBe('');
  });

  it('are suggested for Source, Lead source, Channel, How did you hear and Referred by columns', () => {
    for (const header of [
      'Source',
      'Lead source',
      'Channel',
      'How did you hear',
      'How did you hear about us?',
    ])
      expect(guessColumnMapping(header)).toEqual({ field: 'marketingChannel' });
    expect(guessColumnMapping('Referred by')).toEqual({ field: 'marketingChannel', label: 'referral' });
    expect(guessColumnMapping('Campaign')).toEqual({ field: 'marketingActivity' });
  });
});

describe('a file with Source and Campaign columns', () => {
  const csv = [
    'Name,Email,Source,Campaign,Referred by',
    'Ana Ruiz,ana@ruiz.example,LinkedIn,Autumn webinar,',
    'Bob Stone,bob@stone.example,Billboard,,',
    'Cara Diaz,cara@diaz.example,,spring FAIR 2025,',
    'Dan Ode,dan@ode.example,,,Ana Ruiz',
  ].join('\n');

  it('reads the channel and campaign per row and keeps the text as how they found you', async () => {
    const result = await parseContactsFile(bytesOf(csv), 'leads.csv');
    const [ana, bob, cara, dan] = result.contacts;
    expect(ana?.marketing).toEqual({
      channel: 'social',
      activity: { name: 'Autumn webinar', field: 'Campaign' },
    });
    expect(ana?.details.source).toEqual({ channel: 'social', detail: '' });
    expect(bob?.marketing).toBeUndefined();
    expect(bob?.details.source).toEqual({ channel: '', detail: 'Billboard' });
    expect(cara?.marketing).toEqual({
      channel: '',
      activity: { name: 'spring FAIR 2025', field: 'Campaign' },
    });
    expect(dan?.marketing).toEqual({ channel: 'referral', activity: null });
    expect(dan?.details.source).toEqual({ channel: 'referral', detail: 'Ana Ruiz' });
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'Source',
        value: 'Billboard',
        severity: 'warning',
        message: expect.stringMatching(/^"Billboard" is not one of the source channels/),
      }),
    ]);
  });

  it('lists each row naming a campaign the book lacks, and creates it once, with the channel beside it', async () => {
    const result = await parseContactsFile(bytesOf(csv), 'leads.csv');
    const activities = [{ id: 'a1', name: 'Autumn Webinar', channel: 'webinar' as const }];
    const match = matchImportedActivities(
      [
        ...result.contacts,
        {
          row: 9,
          marketing: { channel: 'press', activity: { name: 'Spring fair 2025', field: 'Campaign' } },
        },
      ],
      activities,
    );
    expect(match.problems.map((problem) => [problem.row, problem.field, problem.message])).toEqual([
      [4, 'Campaign', '"spring FAIR 2025" is not one of your marketing activities.'],
      [9, 'Campaign', '"Spring fair 2025" is not one of your marketing activities.'],
    ]);
    expect(match.missing).toEqual([{ name: 'spring FAIR 2025', channel: 'press', rows: [4, 9] }]);
  });

  it('links a client to the named activity, else to the channel alone', () => {
    const byKey = new Map([['autumn webinar', { id: 'a1', channel: 'webinar' as const }]]);
    const activity = { name: 'AUTUMN  webinar', field: 'Campaign' };
    expect(importedSourceLink({ channel: '', activity }, byKey)).toEqual({
      activityId: 'a1',
      channel: 'webinar',
    });
    expect(importedSourceLink({ channel: 'social', activity }, byKey)).toEqual({
      activityId: 'a1',
      channel: 'social',
    });
    expect(importedSourceLink({ channel: 'referral', activity: null }, byKey)).toEqual({
      activityId: '',
      channel: 'referral',
    });
    expect(importedSourceLink(undefined, byKey)).toBeNull();
  });
});
