import type { CardOverview, MailingList } from '@shared/holidayCards';
import { labelPrintingAdvice } from '@shared/labels';
import { useEffect, useRef } from 'react';
import { useStoredSettings } from '../../../db/hooks/mailingHooks';
import { LabelsForm } from './LabelsForm';
import type { LabelsPanelMode } from './labelDocuments';

export type { LabelsPanelMode } from './labelDocuments';

interface LabelsPanelProps {
  list: MailingList;
  cards: readonly CardOverview[];
  mode: LabelsPanelMode;
  onModeChange: (mode: LabelsPanelMode) => void;
  onClose: () => void;
}

/** Printing labels: the advice first, then the sheet, start position, nudge and a preview. */
export function LabelsPanel({ list, cards, mode, onModeChange, onClose }: LabelsPanelProps) {
  // The stored settings themselves, not defaults while loading: the form starts from them once.
  const stored = useStoredSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section className="card labels-panel" aria-labelledby="labels-heading">
      <div className="section-header">
        <h2 id="labels-heading" tabIndex={-1} ref={heading}>
          {mode === 'return-address' ? 'Print return-address labels' : 'Print address labels'}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close labels
        </button>
      </div>
      <div className="labels-advice" role="note">
        <strong>Before you print:</strong> {labelPrintingAdvice} Try a test print on plain paper with outlines
        first, and hold it against a label sheet up to the light.
      </div>
      {stored ? (
        <LabelsForm list={list} cards={cards} mode={mode} onModeChange={onModeChange} stored={stored} />
      ) : (
        <p className="loading">Loading…</p>
      )}
    </section>
  );
}
