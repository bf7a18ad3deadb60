import type { AnswerDraft, AnswerValue, SurveyQuestion } from '@shared/surveys';

function answerText(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (value === 'yes') return 'Yes';
  if (value === 'no') return 'No';
  return String(value);
}

/** The answers question by question, as read or as saved; skipped questions say so. */
export function AnswerList({ questions, answers }: { questions: SurveyQuestion[]; answers: AnswerDraft }) {
  return (
    <ol className="answer-list">
      {questions.map((question) => {
        const text = answerText(answers[question.id]);
        return (
          <li key={question.id}>
            <span className="answer-list__question">{question.text}</span>
            <span className={text ? 'answer-list__answer' : 'answer-list__answer muted'}>
              {text || 'No answer'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
