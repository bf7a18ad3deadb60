import { personName } from '@shared/clients/names';
import type { Client } from '@shared/model/client';
import type { Project } from '@shared/model/project';
import { contactPreferenceNote, firstEmail, sendingRefusal } from '@shared/surveys';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { useSendableSurveys } from '../../db/hooks/surveyHooks';
import { createSending } from '../../db/surveySendingsRepository';
import { showError } from '../../state/toastStore';
import { SelectField } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';
import { surveyCompanyName } from './surveyCompany';

interface SendSurveyDialogProps {
  client: Client;
  project: Project;
  onClose: () => void;
}

/** Pick the survey and the person to ask; the sending is made and opened for PDF, email or print. */
export function SendSurveyDialog({ client, project, onClose }: SendSurveyDialogProps) {
  const [, navigate] = useLocation();
  const settings = useSettings();
  const surveys = useSendableSurveys() ?? [];
  const [surveyId, setSurveyId] = useState('');
  const [contactId, setContactId] = useState(client.contacts[0]?.id ?? '');
  const refusal = sendingRefusal(client);
  const chosenSurvey = surveyId || surveys[0]?.id || '';

  const send = async () => {
    if (refusal || !chosenSurvey) return;
    try {
      const sending = await createSending(
        db,
        chosenSurvey,
        project.id,
        contactId,
        surveyCompanyName(settings),
      );
      navigate(`/surveys/sendings/${sending.id}`);
    } catch (error) {
      showError(error);
    }
  };

  const note = contactPreferenceNote(client);
  return (
    <ModalDialog
      title={`Send a survey for “${project.title}”`}
      onClose={onClose}
      onSubmit={send}
      actions={
        <>
          {!refusal && surveys.length > 0 && (
            <button type="submit" className="button button--primary">
              Make the survey
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {refusal ? 'Close' : 'Cancel'}
          </button>
        </>
      }
    >
      {refusal ? (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      ) : surveys.length === 0 ? (
        <p>
          There is no survey to send yet. <Link href="/surveys">Create one on the Surveys page</Link>, for
          example from the ready-made survey.
        </p>
      ) : (
        <>
          <SelectField
            id="send-survey-survey"
            label="Survey"
            value={chosenSurvey}
            options={surveys.map((survey) => ({
              value: survey.id,
              label: `${survey.name} (${survey.questions.length} questions)`,
            }))}
            onChange={setSurveyId}
          />
          <SelectField
            id="send-survey-contact"
            label="Ask"
            value={contactId}
            options={client.contacts.map((person) => ({
              value: person.id,
              label: [personName(person) || 'Unnamed person', firstEmail(person)].filter(Boolean).join(' — '),
            }))}
            onChange={setContactId}
          />
          {note && <p className="notice">{note}</p>}
          <p className="muted">
            Next you can save the fillable PDF, copy the email text, or print a paper form.
          </p>
        </>
      )}
    </ModalDialog>
  );
}
