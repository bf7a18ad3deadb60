import type { CardOverview, MailingList } from '@shared/holidayCards';
import type { Settings } from '@shared/model/settings';
import { useState } from 'react';
import { bridge } from '../../../bridge';
import { showError, showToast } from '../../../state/toastStore';
import {
  documentTitle,
  type LabelsPanelMode,
  labelLines,
  labelsDocument,
  pdfFileName,
} from './labelDocuments';
import type { LabelOptions } from './useLabelOptions';

interface PrintButtonsProps {
  list: MailingList;
  mode: LabelsPanelMode;
  cards: readonly CardOverview[];
  stored: Settings;
  options: LabelOptions;
  returnCount: number;
  ready: boolean;
}

/** Print and Save as PDF: the whole document is built only now, when it is asked for. */
export function PrintButtons({ list, mode, cards, stored, options, returnCount, ready }: PrintButtonsProps) {
  const [busy, setBusy] = useState(false);
  const build = () => {
    if (!options.template) throw new Error('Choose a label sheet first.');
    const title = documentTitle(list, mode);
    const html = labelsDocument(
      labelLines(mode, cards, stored, returnCount, options.textOptions),
      options.template,
      options,
      title,
    );
    return { title, html };
  };
  const run = async (action: 'print' | 'pdf') => {
    setBusy(true);
    try {
      const document = build();
      if (action === 'print') {
        const result = await bridge.printDocument(document);
        if (!result.printed) showToast(`Not printed: ${result.reason}`);
      } else {
        const result = await bridge.saveDocumentAsPdf({
          ...document,
          suggestedName: pdfFileName(list, mode),
        });
        if (result.saved) showToast(`Saved ${result.fileName}.`);
        else if (bridge.platform === 'browser')
          showToast('In the print dialog, choose “Save as PDF” as the printer.');
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button--primary"
        onClick={() => run('print')}
        disabled={!ready || busy}
      >
        Print…
      </button>
      <button type="button" className="button" onClick={() => run('pdf')} disabled={!ready || busy}>
        Save as PDF…
      </button>
    </div>
  );
}
