import { defaultClientListFilters } from '@shared/clients/listQuery';
import { clientDisplayName } from '@shared/clients/names';
import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { clientListIndex } from '../../db/appDatabase';
import { useClientsById } from '../../db/hooks/clientHooks';

const shownMatches = 6;

interface ClientPickerProps {
  label: string;
  value: string;
  onChange: (clientId: string) => void;
  /** A client that may not be picked (the client itself, when choosing who referred them). */
  exclude?: string;
  error?: string;
}

/**
 * Finds a client by typing the start of a name, email or city: the first match is picked as
 * you type, so "acme" then Tab is enough; the others are a radio group below.
 */
export function ClientPicker({ label, value, onChange, exclude, error }: ClientPickerProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const settings = useSettings();
  const today = useToday();
  const revision = useSyncExternalStore(clientListIndex.subscribe, clientListIndex.getRevision);
  const ids = useMemo(() => {
    if (search.trim() === '' || revision < 0) return [];
    const found = clientListIndex.query({ ...defaultClientListFilters, search }, settings, today);
    return found.filter((found) => found !== exclude).slice(0, shownMatches);
  }, [search, revision, settings, today, exclude]);
  const found = useClientsById(ids);
  const clients = ids.flatMap((match) => found?.get(match) ?? []);
  const choose = (text: string) => {
    setSearch(text);
    const first =
      text.trim() === ''
        ? ''
        : clientListIndex
            .query({ ...defaultClientListFilters, search: text }, settings, today)
            .find((found) => found !== exclude);
    onChange(first ?? '');
  };
  return (
    <div className={`field client-picker${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        autoComplete="off"
        placeholder="Start of a name, email or city"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => choose(event.target.value)}
      />
      {clients.length > 0 && (
        <fieldset className="client-picker__matches">
          <legend className="visually-hidden">Matching clients</legend>
          {clients.map((client) => (
            <label key={client.id} className="client-picker__match">
              <input
                type="radio"
                name={`${id}-match`}
                checked={value === client.id}
                onChange={() => onChange(client.id)}
              />
              {clientDisplayName(client)}
            </label>
          ))}
        </fieldset>
      )}
      {search.trim() !== '' && clients.length === 0 && revision >= 0 && (
        <p className="field__hint">No client matches “{search.trim()}”.</p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
