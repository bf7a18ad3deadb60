/**
 * Validation results keyed by the path of the field they belong to, e.g. "organization",
 * "contacts.0.emails.1.value". An empty object means the input is valid.
 */
export type FieldErrors = Record<string, string>;

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
