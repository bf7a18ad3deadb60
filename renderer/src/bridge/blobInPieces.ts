/** Half a megabyte: a piece stays far below 50 ms even on a busy machine. */
const pieceBytes = 512 * 1024;

/**
 * A Blob of the bytes, copied a piece per task: one `new Blob([bytes])` of a large backup
 * holds the window for as long as the whole copy takes (hundreds of ms for tens of MB under
 * load). The pieces are joined by reference, without copying again.
 */
export async function blobInPieces(bytes: Uint8Array, type: string): Promise<Blob> {
  const pieces: Blob[] = [];
  for (let start = 0; start < bytes.byteLength; start += pieceBytes) {
    pieces.push(new Blob([bytes.subarray(start, start + pieceBytes) as BlobPart]));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Blob(pieces, { type });
}
