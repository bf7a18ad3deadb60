/**
 * Names of the form fields in a survey PDF. The sending's id travels in a read-only field and in
 * the document keywords, so a returned PDF is matched by what is inside it, not by its file name.
 */
export const sendingIdFieldName = 'clientele_sending';
export const sendingKeywordPrefix = 'clientele-sending:';

export function questionFieldName(questionId: string): string {
  return `q_${questionId}`;
}

export function choiceFieldName(questionId: string, choiceIndex: number): string {
  return `q_${questionId}_c${choiceIndex}`;
}

/** Radio option values: plain ASCII, so every PDF viewer writes them back unchanged. */
export function choiceOptionValue(choiceIndex: number): string {
  return `c${choiceIndex}`;
}
