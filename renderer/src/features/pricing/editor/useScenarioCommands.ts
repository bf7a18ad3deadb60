import { newPricingScenario, type PricingScenario } from '@shared/pricing';
import { useLocation } from 'wouter';
import { db } from '../../../db/appDatabase';
import { duplicateSavedScenario, getScenario } from '../../../db/pricingRepository';
import { showError, showToast } from '../../../state/toastStore';
import { deleteScenarioFromEditor } from './deleteScenarioFromEditor';
import { exportSummary, type SummaryOutput } from './exportSummary';
import type { usePricingEditor } from './usePricingEditor';

type Editor = ReturnType<typeof usePricingEditor>;

/** What the editor's buttons do: save, duplicate, delete with undo, print and export. */
export function useScenarioCommands(editor: Editor, serviceTypeName: string) {
  const [, navigate] = useLocation();

  const save = async (): Promise<string | null> => {
    try {
      const id = await editor.save();
      if (!id) return null;
      showToast(editor.saved ? 'Changes saved.' : 'Scenario saved.');
      if (!editor.saved) navigate(`/pricing/${id}`, { replace: true });
      return id;
    } catch (error) {
      showError(error, 'The scenario');
      return null;
    }
  };

  const duplicate = async (saveFirst: boolean) => {
    const id = saveFirst ? await save() : editor.saved?.id;
    if (!id) return;
    try {
      const copyId = await duplicateSavedScenario(db, id);
      const copy = await getScenario(db, copyId);
      navigate(`/pricing/${copyId}`);
      showToast(`Made “${copy?.name ?? 'a copy'}”. Change any value to see what if.`);
    } catch (error) {
      showError(error);
    }
  };

  const remove = async () => {
    if (editor.saved) await deleteScenarioFromEditor(editor.saved, navigate);
  };

  /** The summary shows what is on screen: the draft, when it reads, else nothing. */
  const exportAs = async (output: SummaryOutput) => {
    const details = editor.parsed?.details;
    if (!details) {
      showError(new Error('Fix the problems in the form first: the summary shows the figures on screen.'));
      return;
    }
    const scenario: PricingScenario = editor.saved
      ? { ...editor.saved, ...details }
      : newPricingScenario(details, new Date(), 'new');
    try {
      await exportSummary(scenario, serviceTypeName, output);
    } catch (error) {
      showError(error);
    }
  };

  return { save, duplicate, remove, exportAs };
}
