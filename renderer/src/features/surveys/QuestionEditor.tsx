import {
  choicesFromLines,
  needsChoices,
  type QuestionKind,
  questionKindLabels,
  questionKinds,
  type SurveyQuestion,
} from '@shared/surveys';
import { useState } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field';

interface QuestionEditorProps {
  question: SurveyQuestion;
  number: number;
  count: number;
  onChange: (question: SurveyQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}

const kindOptions = questionKinds.map((kind) => ({ value: kind, label: questionKindLabels[kind] }));

const roleNotes = {
  '': '',
  source: 'Its answer can be set as the client’s source with one click.',
  testimonialPermission: 'A “yes” lists the client’s comments among the testimonials you may quote.',
};

/** One question of the survey being edited: its text, kind, choices, and where it sits. */
export function QuestionEditor({
  question,
  number,
  count,
  onChange,
  onMove,
  onDuplicate,
  onRemove,
}: QuestionEditorProps) {
  const [choicesText, setChoicesText] = useState(question.choices.join('\n'));
  const id = `question-${question.id}`;
  const label = `Question ${number}`;
  return (
    <li className="question-editor">
      <fieldset className="form-section">
        <legend>{label}</legend>
        <div className="question-editor__fields">
          <TextField
            id={`${id}-text`}
            label={`${label} text`}
            value={question.text}
            onChange={(text) => onChange({ ...question, text })}
          />
          <SelectField<QuestionKind>
            id={`${id}-kind`}
            label={`${label} kind`}
            value={question.kind}
            options={kindOptions}
            onChange={(kind) => onChange({ ...question, kind })}
          />
          {needsChoices(question.kind) && (
            <TextAreaField
              id={`${id}-choices`}
              label={`${label} choices, one per line`}
              rows={4}
              value={choicesText}
              onChange={(text) => {
                setChoicesText(text);
                onChange({ ...question, choices: choicesFromLines(text) });
              }}
            />
          )}
          <CheckboxField
            id={`${id}-optional`}
            label={`${label} is optional`}
            checked={question.optional}
            onChange={(optional) => onChange({ ...question, optional })}
          />
          {question.role && <p className="field__hint">{roleNotes[question.role]}</p>}
        </div>
        <div className="question-editor__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onMove(-1)}
            disabled={number === 1}
          >
            Move up<span className="visually-hidden"> {label}</span>
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onMove(1)}
            disabled={number === count}
          >
            Move down<span className="visually-hidden"> {label}</span>
          </button>
          <button type="button" className="button button--quiet" onClick={onDuplicate}>
            Duplicate<span className="visually-hidden"> {label}</span>
          </button>
          <button type="button" className="button button--quiet button--danger" onClick={onRemove}>
            Remove<span className="visually-hidden"> {label}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
