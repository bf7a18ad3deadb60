import { useState } from 'react';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { type Referrer, restoreReferral, setReferral } from '../../db/referralsRepository';
import { showError, showToast } from '../../state/toastStore';
import { TextField } from '../../ui/Field';
import { ClientPicker } from './ClientPicker';

/** Records who referred a client: a client found by name, or a person outside the book. */
export function ReferredByForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const today = useToday();
  const [outside, setOutside] = useState(false);
  const [referrerId, setReferrerId] = useState('');
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [referredOn, setReferredOn] = useState(today);
  const [error, setError] = useState('');

  const save = async () => {
    if (!outside && !referrerId) return setError('Find the client who referred them.');
    if (outside && name.trim() === '') return setError('Enter the name of the person who referred them.');
    const referrer: Referrer = outside ? { name, organization } : { clientId: referrerId };
    try {
      const previous = await setReferral(db, clientId, referrer, referredOn);
      onDone();
      showToast('Referral recorded.', () => restoreReferral(db, clientId, previous));
    } catch (failure) {
      showError(failure);
    }
  };

  return (
    <form
      className="referral-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="referral-form__who">
        <legend>Referred by</legend>
        <label>
          <input type="radio" name="referrer-kind" checked={!outside} onChange={() => setOutside(false)} /> A
          client
        </label>
        <label>
          <input type="radio" name="referrer-kind" checked={outside} onChange={() => setOutside(true)} />{' '}
          Someone outside your book
        </label>
      </fieldset>
      {outside ? (
        <div className="touch-form__row">
          <TextField id="referrer-name" label="Name" value={name} onChange={setName} />
          <TextField
            id="referrer-organization"
            label="Organization (optional)"
            value={organization}
            onChange={setOrganization}
          />
        </div>
      ) : (
        <ClientPicker
          label="Referring client"
          value={referrerId}
          onChange={setReferrerId}
          exclude={clientId}
        />
      )}
      <TextField
        id="referred-on"
        label="Referred on"
        type="date"
        value={referredOn}
        onChange={setReferredOn}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save referral
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
