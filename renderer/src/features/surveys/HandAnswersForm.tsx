import { todayIso } from '@shared/dates/isoDate';
import type { AnswerDraft, SurveyQuestion, SurveySending } from '@shared/surveys';
import { countOf } from '@shared/text/countWords';
import { useState } from 'react';
import { db } from '../../db/appDatabase';
import { saveSendingAnswers } from '../../db/surveySendingsRepository';
import { showError, showToast } from '../../state/toastStore';
import { TextField } from '../../ui/Field';

function optionsOf(question: SurveyQuestion): { value: string; label: string }[] {
  if (question.kind === 'rating10')
    return Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));
  if (question.kind === 'rating5')
    return [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  if (question.kind === 'yesNo')
    return [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ];
  return question.choices.map((choice) => ({ value: choice, label: choice }));
}

function QuestionInput({
  question,
  number,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  number: number;
  value: AnswerDraft[string] | undefined;
  onChange: (value: AnswerDraft[string] | undefined) => void;
}) {
  const id = `hand-${question.id}`;
  const legend = `${number}. ${question.text}${question.optional ? ' (optional)' : ''}`;
  if (question.kind === 'shortText' || question.kind === 'longText') {
    const Control = question.kind === 'longText' ? 'textarea' : 'input';
    return (
      <div className="field">
        <label htmlFor={id}>{legend}</label>
        <Control
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    );
  }
  const several = question.kind === 'severalChoices';
  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset className="hand-answer">
      <legend>{legend}</legend>
      <div className="hand-answer__options">
        {optionsOf(question).map((option) => {
          const optionId = `${id}-${option.value}`;
          const numeric = question.kind === 'rating10' || question.kind === 'rating5';
          const checked = several ? chosen.includes(option.value) : String(value ?? '') === option.value;
          return (
            <span key={option.value} className="hand-answer__option">
              <input
                id={optionId}
                type={several ? 'checkbox' : 'radio'}
                name={id}
                checked={checked}
                onChange={(event) => {
                  if (several)
                    onChange(
                      event.target.checked
                        ? [...chosen, option.value]
                        : chosen.filter((c) => c !== option.value),
                    );
                  else onChange(numeric ? Number(option.value) : option.value);
                }}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Answers typed in from an email reply or a paper form; Tab and arrow keys move through it. */
export function HandAnswersForm({
  sending,
  initial,
  onDone,
}: {
  sending: SurveySending;
  initial: AnswerDraft;
  onDone: () => void;
}) {
  const [answers, setAnswers] = useState<AnswerDraft>(initial);
  const [answeredOn, setAnsweredOn] = useState(sending.answeredOn || todayIso());
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const count = await saveSendingAnswers(db, sending.id, answers, 'hand', answeredOn || todayIso(), true);
      showToast(`Saved ${countOf(count, 'answer')} for “${sending.projectTitle}”.`);
      onDone();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <form className="hand-answers" onSubmit={save} aria-label="Enter answers by hand">
      {sending.questions.map((question, index) => (
        <QuestionInput
          key={question.id}
          question={question}
          number={index + 1}
          value={answers[question.id]}
          onChange={(value) =>
            setAnswers((current) => {
              const next = { ...current };
              if (value === undefined) delete next[question.id];
              else next[question.id] = value;
              return next;
            })
          }
        />
      ))}
      <TextField
        id="hand-answered-on"
        type="date"
        label="Answered on"
        value={answeredOn}
        onChange={setAnsweredOn}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save answers
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
