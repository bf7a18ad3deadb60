import { splitFullName } from '@shared/import/values/names';
import { describe, expect, it } from 'vitest';

describe('splitFullName', () => {
  it.each([
    ['Ana Ruiz', '', 'Ana', 'Ruiz', ''],
    ['Ana María Ruiz', '', 'Ana María', 'Ruiz', ''],
    ['Ruiz, Ana', '', 'Ana', 'Ruiz', ''],
    ['Ludwig van Beethoven', '', 'Ludwig', 'van Beethoven', ''],
    ['Dr. Ana Ruiz', 'Dr.', 'Ana', 'Ruiz', ''],
    ['Martin Luther King Jr.', '', 'Martin Luther', 'King', 'Jr.'],
    ['Mr. John Doe Sr.', 'Mr.', 'John', 'Doe', 'Sr.'],
    ['Madonna', '', 'Madonna', '', ''],
    ['李小龍', '', '李小龍', '', ''],
    ['  Zoë   Østergaard ', '', 'Zoë', 'Østergaard', ''],
  ])('%s', (full, prefix, givenName, familyName, suffix) => {
    expect(splitFullName(full)).toEqual({ prefix, givenName, familyName, suffix });
  });
});
