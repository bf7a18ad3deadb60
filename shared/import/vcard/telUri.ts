/**
 * A phone as vCard 4.0 writes it, `tel:+1-418-656-9254;ext=102`, in the words people read:
 * "+1 418-656-9254 ext. 102". A value that is no tel: URI comes back as it is.
 */
export function phoneFromTelUri(value: string): string {
  const match = /^tel:([^;]*)((?:;[^;]*)*)$/i.exec(value.trim());
  if (!match) return value;
  const number = (match[1] ?? '').replace(/^(\+\d{1,3})[-.]/, '$1 ');
  const extension = /;ext=([^;]+)/i.exec(match[2] ?? '')?.[1];
  return extension ? `${number} ext. ${extension}` : number;
}
