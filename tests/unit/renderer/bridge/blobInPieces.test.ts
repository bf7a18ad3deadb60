import { describe, expect, it } from 'vitest';
import { blobInPieces } from '../../../../renderer/src/bridge/blobInPieces';

describe('a downloaded backup built a piece at a time', () => {
  it('holds exactly the bytes given, across several pieces', async () => {
    const bytes = new Uint8Array(2.5 * 1024 * 1024 + 7).map((_, index) => (index * 31) % 251);
    const blob = await blobInPieces(bytes, 'application/octet-stream');
    expect(blob.type).toBe('application/octet-stream');
    const copied = Buffer.from(await blob.arrayBuffer());
    expect(copied.byteLength).toBe(bytes.byteLength);
    expect(copied.equals(Buffer.from(bytes))).toBe(true);
  });

  it('gives an empty file for no bytes', async () => {
    const blob = await blobInPieces(new Uint8Array(0), 'application/octet-stream');
    expect(blob.size).toBe(0);
  });
});
