import { useState } from 'react';
import { useLocation } from 'wouter';
import { db } from '../../db/appDatabase';
import { createMailingList } from '../../db/mailingListsRepository';
import { showError, showToast } from '../../state/toastStore';
import { TextField } from '../../ui/Field';

/** Creates the list for a year and opens it. */
export function useCreateList(): (year: number) => Promise<void> {
  const [, navigate] = useLocation();
  return async (year: number) => {
    try {
      const id = await createMailingList(db, year);
      showToast(`Created “Holiday cards ${year}”.`);
      navigate(`/holiday-cards/${id}`);
    } catch (error) {
      showError(error, 'The new mailing list');
    }
  };
}

function yearError(text: string, takenYears: readonly number[]): string {
  const year = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(year) || year < 1900 || year > 9999) {
    return 'Enter a year such as 2027.';
  }
  return takenYears.includes(year) ? `There is a list for ${year} already: open it from the list above.` : '';
}

interface NewListFormProps {
  /** Years that have a list: one list per year keeps "last year" unambiguous. */
  years: readonly number[];
  nextYear: number;
}

/** A list for any year: next December's, or last year's to record who got a card then. */
export function NewListForm({ years, nextYear }: NewListFormProps) {
  const create = useCreateList();
  const [yearText, setYearText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const error = attempted ? yearError(yearText, years) : '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (yearError(yearText, years) === '') void create(Number(yearText.trim()));
  };
  return (
    <form
      className="card inline-form new-list-form"
      onSubmit={submit}
      noValidate
      aria-label="New list for another year"
    >
      <TextField
        id="new-list-year"
        label="New list for the year"
        hint={`For example ${nextYear}; or last year, to record who got a card then.`}
        inputMode="numeric"
        value={yearText}
        error={error}
        onChange={setYearText}
      />
      <button type="submit" className="button">
        Create list
      </button>
    </form>
  );
}
