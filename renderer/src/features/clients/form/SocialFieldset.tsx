import { socialNetworkLabels, socialNetworks } from '@shared/model/client';
import { TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';

const placeholders = {
  linkedin: 'linkedin.com/in/name',
  x: 'x.com/name',
  facebook: 'facebook.com/name',
  instagram: 'instagram.com/name',
};

export function SocialFieldset({ draft, update, errors }: ClientFormPartProps) {
  return (
    <fieldset className="form-section">
      <legend>Social profiles</legend>
      <div className="form-grid">
        {socialNetworks.map((network) => (
          <TextField
            key={network}
            id={fieldId(`social.${network}`)}
            label={socialNetworkLabels[network]}
            inputMode="url"
            placeholder={placeholders[network]}
            value={draft.details.social[network] ?? ''}
            error={errors[`social.${network}`]}
            onChange={(value) =>
              update((next) => {
                next.details.social[network] = value;
              })
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
