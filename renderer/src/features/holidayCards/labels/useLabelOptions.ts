import {
  type CustomTemplateDraft,
  chosenLabelTemplate,
  customLabelTemplateId,
  customTemplateDraftFrom,
  defaultLabelFontRange,
  defaultLabelTemplateId,
  isLabelTemplateId,
  type LabelFontRange,
  type LabelOffsetDraft,
  type LabelTextOptions,
  labelOffsetDraftFrom,
  labelOffsetFor,
  labelTextOptionsFrom,
  noLabelOffset,
  readCustomTemplateDraft,
  readLabelOffsetDraft,
  startPositionOn,
} from '@shared/labels';
import type { Settings } from '@shared/model/settings';
import { hasErrors } from '@shared/validation/fieldErrors';
import { useEffect, useRef, useState } from 'react';
import { db } from '../../../db/appDatabase';
import { type LabelSettingsChange, saveLabelSettings } from '../../../db/labelSettingsRepository';
import { showError } from '../../../state/toastStore';

/** Changes are saved once typing pauses, so a half-typed number is not written each keystroke. */
const saveDelayMs = 400;

/**
 * The labels panel's choices: sheet, custom measurements, nudge per sheet, start position,
 * outlines, the range of text sizes and how the label text is put together. Starts from the
 * stored settings and saves the sheet, its measurements, its nudge and the text choices back as
 * soon as they are valid, so next time (and next year) they are as the user left them.
 */
export function useLabelOptions(stored: Settings) {
  const [templateId, setTemplateId] = useState(() =>
    isLabelTemplateId(stored.lastLabelTemplateId) ? stored.lastLabelTemplateId : defaultLabelTemplateId,
  );
  const [customDraft, setCustomDraft] = useState<CustomTemplateDraft>(() =>
    customTemplateDraftFrom(stored.customLabelTemplate),
  );
  const [offsetDrafts, setOffsetDrafts] = useState<Record<string, LabelOffsetDraft>>({});
  const [startAt, setStartAt] = useState(1);
  const [outlines, setOutlines] = useState(false);
  const [fontRange, setFontRange] = useState<LabelFontRange>(defaultLabelFontRange);
  const [textOptions, setTextOptions] = useState<LabelTextOptions>(() =>
    labelTextOptionsFrom(stored.labelTextOptions),
  );

  const custom = readCustomTemplateDraft(customDraft);
  const chosen =
    templateId === customLabelTemplateId && hasErrors(custom.errors)
      ? { template: null, errors: custom.errors }
      : chosenLabelTemplate(templateId, custom.input);
  const offsetDraft =
    offsetDrafts[templateId] ?? labelOffsetDraftFrom(labelOffsetFor(stored.labelOffsets, templateId));
  const nudge = readLabelOffsetDraft(offsetDraft);
  const offsetValid = !hasErrors(nudge.errors);

  const change: LabelSettingsChange = { lastLabelTemplateId: templateId, labelTextOptions: textOptions };
  if (!hasErrors(custom.errors)) change.customLabelTemplate = custom.input;
  if (offsetValid && offsetDrafts[templateId]) change.offset = { templateId, offset: nudge.offset };
  const changeKey = JSON.stringify(change);
  const savedKey = useRef(changeKey);
  useEffect(() => {
    if (changeKey === savedKey.current) return;
    const timer = setTimeout(() => {
      savedKey.current = changeKey;
      saveLabelSettings(db, JSON.parse(changeKey) as LabelSettingsChange).catch(showError);
    }, saveDelayMs);
    return () => clearTimeout(timer);
  }, [changeKey]);

  return {
    templateId,
    setTemplateId,
    customDraft,
    setCustomDraft,
    customErrors: templateId === customLabelTemplateId ? custom.errors : {},
    template: chosen.template,
    offsetDraft,
    setOffsetDraft: (draft: LabelOffsetDraft) =>
      setOffsetDrafts((drafts) => ({ ...drafts, [templateId]: draft })),
    offsetErrors: nudge.errors,
    offset: offsetValid ? nudge.offset : noLabelOffset,
    offsetValid,
    startAt: chosen.template ? startPositionOn(chosen.template, startAt) : 1,
    setStartAt,
    outlines,
    setOutlines,
    fontRange,
    setFontRange,
    textOptions,
    setTextOptions: (options: LabelTextOptions) => {
      setTextOptions(options);
      // Saved at once, not after the typing pause: the mail-merge export reads them from settings.
      saveLabelSettings(db, { labelTextOptions: options }).catch(showError);
    },
  };
}

export type LabelOptions = ReturnType<typeof useLabelOptions>;
