import type { PricingScenario } from '@shared/pricing';
import { db } from '../../../db/appDatabase';
import { deleteScenario } from '../../../db/pricingRepository';
import { restoreFromTrash } from '../../../db/trashRepository';
import { showError, showToast } from '../../../state/toastStore';

/**
 * Deletes the scenario open in the editor. The list opens at once, before the delete is
 * written, so a user who moves on while it is written is never pulled back to the list; the
 * toast then offers undo wherever they are.
 */
export async function deleteScenarioFromEditor(
  scenario: PricingScenario,
  navigate: (to: string) => void,
): Promise<void> {
  navigate('/pricing');
  try {
    const trashId = await deleteScenario(db, scenario.id);
    showToast(`Deleted “${scenario.name}”.`, () => restoreFromTrash(db, trashId));
  } catch (error) {
    showError(error);
  }
}
