import {
  emptyPricingDraft,
  type PricingScenarioDraft,
  parsePricingDraft,
  scenarioFigures,
  scenarioToDraft,
  typedFieldErrors,
} from '@shared/pricing';
import { useCallback, useMemo, useState } from 'react';
import { useSettings } from '../../../app/useSettings';
import { db } from '../../../db/appDatabase';
import { useScenario } from '../../../db/hooks/pricingHooks';
import { createScenario, saveScenario } from '../../../db/pricingRepository';
import { newScenarioKey, usePricingDraftStore } from '../../../state/pricingDraftStore';
import { sameDraft } from '../sameDraft';

/**
 * The editor's state: the saved scenario, the draft being typed (kept in the store across
 * screens), what it parses to, the live figures and save. Errors at fields show for what was
 * typed wrong at once, and for what is missing after the first save attempt.
 */
export function usePricingEditor(id: string | undefined) {
  const key = id ?? newScenarioKey;
  const settings = useSettings();
  const saved = useScenario(id);
  const stored = usePricingDraftStore((state) => state.drafts[key]);
  const setDraft = usePricingDraftStore((state) => state.setDraft);
  const clearDraft = usePricingDraftStore((state) => state.clearDraft);
  const [attempt, setAttempt] = useState(0);

  const savedScenario = saved ?? undefined;
  const baseline = useMemo(() => {
    if (!id) return emptyPricingDraft(settings.homeCurrency);
    return savedScenario ? scenarioToDraft(savedScenario) : null;
  }, [id, savedScenario, settings.homeCurrency]);
  const draft = stored ?? baseline;
  const dirty = stored !== undefined && (baseline === null || !sameDraft(stored, baseline));

  const parsed = useMemo(() => (draft ? parsePricingDraft(draft) : null), [draft]);
  const figures = useMemo(() => (parsed?.inputs ? scenarioFigures(parsed.inputs) : null), [parsed]);
  const errors =
    !parsed || !draft ? {} : attempt > 0 ? parsed.errors : typedFieldErrors(draft, parsed.errors);

  const update = useCallback(
    (change: (next: PricingScenarioDraft) => void) => {
      if (!draft) return;
      const next = structuredClone(draft);
      change(next);
      setDraft(key, next);
    },
    [draft, key, setDraft],
  );

  /** Saves and returns the scenario's id, or null when the form needs fixing first. */
  const save = async (): Promise<string | null> => {
    setAttempt((count) => count + 1);
    const details = parsed?.details;
    if (!details) return null;
    let savedId = id;
    if (savedId) await saveScenario(db, savedId, details);
    else savedId = await createScenario(db, details);
    clearDraft(key);
    return savedId;
  };

  return {
    key,
    loading: saved === undefined,
    /** True when the scenario asked for no longer exists. */
    missing: id !== undefined && saved === null,
    saved: savedScenario,
    draft,
    dirty,
    parsed,
    figures,
    errors,
    attempt,
    update,
    save,
    discard: () => clearDraft(key),
  };
}
