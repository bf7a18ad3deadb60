import { newId, nowIso } from '@shared/ids';
import type { Survey, SurveyQuestion } from '@shared/surveys';
import { duplicateSurveyName, readySurvey, surveyProblems } from '@shared/surveys';
import type { ClienteleDatabase } from './database';

/** Named operations on surveys (the questionnaires). Sendings keep their own copies of questions. */

export async function createReadySurvey(db: ClienteleDatabase, company: string): Promise<string> {
  const survey = readySurvey(company, newId, nowIso());
  await db.surveys.add(survey);
  return survey.id;
}

/** Creates (no id) or updates a survey; refuses one with problems, saying what they are. */
export async function saveSurvey(
  db: ClienteleDatabase,
  id: string | undefined,
  name: string,
  questions: SurveyQuestion[],
): Promise<string> {
  const problems = surveyProblems(name, questions);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const cleaned = questions.map((question) => ({
    ...question,
    text: question.text.trim(),
    choices: question.choices.map((choice) => choice.trim()).filter(Boolean),
  }));
  return db.transaction('rw', db.surveys, async () => {
    const now = nowIso();
    if (id === undefined) {
      const survey: Survey = {
        id: newId(),
        name: name.trim(),
        questions: cleaned,
        retired: false,
        createdAt: now,
        updatedAt: now,
      };
      await db.surveys.add(survey);
      return survey.id;
    }
    const existing = await db.surveys.get(id);
    if (!existing) throw new Error('This survey no longer exists.');
    await db.surveys.put({ ...existing, name: name.trim(), questions: cleaned, updatedAt: now });
    return id;
  });
}

export async function duplicateSurvey(db: ClienteleDatabase, id: string): Promise<string> {
  const original = await db.surveys.get(id);
  if (!original) throw new Error('This survey no longer exists.');
  const now = nowIso();
  const copy: Survey = {
    ...original,
    id: newId(),
    name: duplicateSurveyName(original.name),
    // New question ids: answers to the copy are the copy's own.
    questions: original.questions.map((question) => ({
      ...question,
      id: newId(),
      choices: [...question.choices],
    })),
    retired: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.surveys.add(copy);
  return copy.id;
}

/** Retired surveys keep their sendings and results but are no longer offered; undone by un-retiring. */
export async function setSurveyRetired(db: ClienteleDatabase, id: string, retired: boolean): Promise<void> {
  await db.surveys.update(id, { retired, updatedAt: nowIso() });
}
