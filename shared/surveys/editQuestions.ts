import type { QuestionKind, SurveyQuestion } from './model';

/** Past this many questions people stop answering; the editor warns but does not refuse. */
export const recommendedMaxQuestions = 10;

export function needsChoices(kind: QuestionKind): boolean {
  return kind === 'oneChoice' || kind === 'severalChoices';
}

export function blankQuestion(newId: () => string): SurveyQuestion {
  return { id: newId(), kind: 'rating5', text: '', choices: [], optional: false, role: '' };
}

export function moveQuestion(questions: SurveyQuestion[], index: number, by: -1 | 1): SurveyQuestion[] {
  const target = index + by;
  if (target < 0 || target >= questions.length) return questions;
  const moved = [...questions];
  const [question] = moved.splice(index, 1);
  if (question) moved.splice(target, 0, question);
  return moved;
}

export function duplicateQuestion(
  questions: SurveyQuestion[],
  index: number,
  newId: () => string,
): SurveyQuestion[] {
  const original = questions[index];
  if (!original) return questions;
  // A copy feeds nothing: two "source" questions would compete for the client's source.
  const copy = { ...original, id: newId(), choices: [...original.choices], role: '' as const };
  return [...questions.slice(0, index + 1), copy, ...questions.slice(index + 1)];
}

export function removeQuestion(questions: SurveyQuestion[], index: number): SurveyQuestion[] {
  return questions.filter((_, position) => position !== index);
}

/** What is wrong with a survey before it can be saved, in words; [] when it is fine. */
export function surveyProblems(name: string, questions: SurveyQuestion[]): string[] {
  const problems: string[] = [];
  if (name.trim() === '') problems.push('The survey needs a name.');
  if (questions.length === 0) problems.push('The survey needs at least one question.');
  questions.forEach((question, index) => {
    const where = `Question ${index + 1}`;
    if (question.text.trim() === '') problems.push(`${where} has no text.`);
    if (needsChoices(question.kind) && question.choices.filter((c) => c.trim() !== '').length < 2)
      problems.push(`${where} needs at least two choices.`);
  });
  return problems;
}

/** Choices typed one per line, cleaned of blanks and repeats. */
export function choicesFromLines(text: string): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const line of text.split('\n')) {
    const choice = line.trim();
    if (choice === '' || seen.has(choice)) continue;
    seen.add(choice);
    choices.push(choice);
  }
  return choices;
}

export function duplicateSurveyName(name: string): string {
  return `${name} (copy)`;
}
