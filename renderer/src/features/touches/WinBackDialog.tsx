import { addDays } from '@shared/dates/days';
import type { Client } from '@shared/model/client';
import { newFollowUp } from '@shared/touches/followUps';
import { emailRecipient, mailtoUrl, winBackEmail } from '@shared/touches/winBack';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { bridge } from '../../bridge';
import { db } from '../../db/appDatabase';
import { useProjectsOfClient, useServiceTypes } from '../../db/hooks/projectHooks';
import { logTouch } from '../../db/touchesRepository';
import { showError, showToast } from '../../state/toastStore';
import { TextAreaField, TextField } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * A win-back outreach: a prepared email opened in the user's mail app, and a follow-up. The
 * touch is logged only once the user says the email went out.
 */
export function WinBackDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const today = useToday();
  const settings = useSettings();
  const projects = useProjectsOfClient(client.id);
  const services = useServiceTypes();
  if (!projects || !services) return null;
  const template = winBackEmail(
    client,
    projects,
    new Map(services.map((s) => [s.id, s.name])),
    settings.ownName,
  );
  return <WinBackForm client={client} today={today} template={template} onClose={onClose} />;
}

interface WinBackFormProps {
  client: Client;
  today: string;
  template: { subject: string; body: string };
  onClose: () => void;
}

function WinBackForm({ client, today, template, onClose }: WinBackFormProps) {
  const recipient = emailRecipient(client);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [followUpOn, setFollowUpOn] = useState(addDays(today, 14));
  const [opened, setOpened] = useState(false);

  const open = async () => {
    if (!recipient.ok) return;
    const done = await bridge.openExternalLink(mailtoUrl(recipient.address, { subject, body }));
    if (done) setOpened(true);
    else showError(new Error('The mail app could not be opened for this address.'));
  };
  const confirmSent = async () => {
    try {
      await logTouch(db, {
        clientId: client.id,
        kind: 'email',
        date: today,
        personId: recipient.ok ? recipient.person.id : '',
        summary: `Win-back email: ${subject}`,
        notes: body,
        followUp: newFollowUp(followUpOn, 'Follow up on the win-back email'),
      });
      onClose();
      showToast(`Logged the win-back email, with a follow-up on ${followUpOn}.`);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <ModalDialog
      title="Win back"
      onClose={onClose}
      onSubmit={opened ? confirmSent : open}
      actions={
        recipient.ok ? (
          <>
            {opened && (
              <button type="submit" className="button button--primary">
                I sent it: log it
              </button>
            )}
            <button
              type={opened ? 'button' : 'submit'}
              className={`button${opened ? '' : ' button--primary'}`}
              onClick={opened ? open : undefined}
            >
              {opened ? 'Open the email again' : 'Open in mail app'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {opened ? 'Not sent' : 'Cancel'}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        )
      }
    >
      {recipient.ok ? (
        <div className="win-back">
          <p>
            To <strong>{recipient.address}</strong>. Edit the email if you like; it opens in your mail app,
            and you send it from there.
          </p>
          <TextField id="win-back-subject" label="Subject" value={subject} onChange={setSubject} />
          <TextAreaField id="win-back-body" label="Email" value={body} onChange={setBody} rows={9} />
          <TextField
            id="win-back-follow-up"
            label="Follow up on"
            type="date"
            value={followUpOn}
            onChange={setFollowUpOn}
            hint="If there is no answer by then, the follow-up comes due."
          />
          {opened && <p role="status">Once you have sent the email, log it here.</p>}
        </div>
      ) : (
        <p role="alert">{recipient.reason} Clientele will not prepare an email.</p>
      )}
    </ModalDialog>
  );
}
