import { clientKindLabels, clientKinds } from '@shared/model/client';
import type { ClientFormPartProps } from './formTypes';

const kindHints = {
  b2b: 'A company or organization you work for.',
  b2g: 'A government body, agency or public institution.',
  b2c: 'A private person; they are the client.',
};

export function KindFieldset({ draft, update }: ClientFormPartProps) {
  return (
    <fieldset className="form-section">
      <legend>Kind of client</legend>
      <div className="radio-cards">
        {clientKinds.map((kind) => (
          <label key={kind} className="radio-card">
            <input
              type="radio"
              name="client-kind"
              value={kind}
              checked={draft.details.kind === kind}
              onChange={() =>
                update((next) => {
                  next.details.kind = kind;
                })
              }
            />
            <span className="radio-card__title">{clientKindLabels[kind]}</span>
            <span className="radio-card__hint">{kindHints[kind]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
