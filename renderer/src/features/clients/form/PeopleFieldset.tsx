import { emptyContactPerson } from '@shared/clients/clientDetails';
import { personName } from '@shared/clients/names';
import type { ContactPerson } from '@shared/model/client';
import { maxLengths } from '@shared/validation/lengthLimits';
import { TextField } from '../../../ui/Field';
import { fieldId } from '../../../ui/fieldId';
import type { ClientFormPartProps } from './formTypes';
import { LabeledValueList } from './LabeledValueList';
import { NamePartFields } from './NamePartFields';

const emailLabels = ['work', 'home', 'other'] as const;
const phoneLabels = ['mobile', 'work', 'home', 'other'] as const;

export function PeopleFieldset({ draft, update, errors }: ClientFormPartProps) {
  const consumer = draft.details.kind === 'b2c';
  const changePerson = (index: number, change: (person: ContactPerson) => void) =>
    update((next) => {
      const person = next.details.contacts[index];
      if (person) change(person);
    });
  return (
    <fieldset className="form-section">
      <legend>{consumer ? 'The client and other people' : 'People to contact'}</legend>
      {draft.details.contacts.length === 0 && <p className="form-section__empty">No people yet.</p>}
      {draft.details.contacts.map((person, index) => {
        const path = `contacts.${index}`;
        const title = consumer && index === 0 ? 'The client' : `Person ${index + 1}`;
        const owner = personName(person) || title.toLowerCase();
        return (
          <div className="person-card" key={person.id}>
            <div className="person-card__header">
              <h3>{title}</h3>
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  update((next) => {
                    next.details.contacts.splice(index, 1);
                  })
                }
              >
                Remove<span className="visually-hidden"> {owner}</span>
              </button>
            </div>
            <div className="form-grid">
              <TextField
                id={fieldId(`${path}.givenName`)}
                maxLength={maxLengths.personName}
                label="Given name"
                autoComplete="off"
                value={person.givenName}
                error={errors[`${path}.givenName`]}
                onChange={(value) =>
                  changePerson(index, (p) => {
                    p.givenName = value;
                  })
                }
              />
              <TextField
                id={fieldId(`${path}.familyName`)}
                maxLength={maxLengths.personName}
                label="Family name"
                autoComplete="off"
                value={person.familyName}
                onChange={(value) =>
                  changePerson(index, (p) => {
                    p.familyName = value;
                  })
                }
              />
              <NamePartFields
                person={person}
                path={path}
                onChange={(part, value) =>
                  changePerson(index, (p) => {
                    p[part] = value;
                  })
                }
              />
              <TextField
                id={fieldId(`${path}.jobTitle`)}
                maxLength={maxLengths.jobTitle}
                label="Job title"
                value={person.jobTitle}
                onChange={(value) =>
                  changePerson(index, (p) => {
                    p.jobTitle = value;
                  })
                }
              />
            </div>
            <LabeledValueList
              path={`${path}.emails`}
              noun="Email"
              owner={owner}
              type="email"
              labels={emailLabels}
              values={person.emails}
              errors={errors}
              onChange={(emails) =>
                changePerson(index, (p) => {
                  p.emails = emails;
                })
              }
            />
            <LabeledValueList
              path={`${path}.phones`}
              noun="Phone"
              owner={owner}
              type="tel"
              labels={phoneLabels}
              values={person.phones}
              errors={errors}
              onChange={(phones) =>
                changePerson(index, (p) => {
                  p.phones = phones;
                })
              }
            />
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() =>
          update((next) => {
            next.details.contacts.push(emptyContactPerson());
          })
        }
      >
        {draft.details.contacts.length === 0 ? 'Add a person' : 'Add another person'}
      </button>
    </fieldset>
  );
}
