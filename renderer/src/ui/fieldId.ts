/** The DOM id of the input for a validation path, so error summaries can link to the field. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
