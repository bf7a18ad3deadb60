import { countOf } from '@shared/import';
import { chooseContactsFile, runImport, startOver } from '../importActions';
import { useImportSession } from '../importSessionStore';
import { useWorkerAnswer } from '../useWorkerAnswer';
import type { ImportPreview, PlanCounts } from '../worker/importProtocol';

function planText(plan: PlanCounts): string {
  const left = plan.skipped + plan.unchanged;
  if (plan.create + plan.update === 0) {
    return left > 0
      ? `Nothing to import: all ${countOf(left, 'row')} match clients you have and are left out.`
      : 'Nothing to import.';
  }
  const parts: string[] = [];
  parts.push(`${countOf(plan.create, 'new client')} will be added`);
  if (plan.update > 0) parts.push(`${countOf(plan.update, 'client')} you have will get empty fields filled`);
  if (left > 0) parts.push(`${countOf(left, 'row')} left out`);
  return `${parts.join('; ')}.`;
}

function buttonText(plan: PlanCounts | undefined): string {
  if (plan && plan.create > 0) return `Import ${countOf(plan.create, 'client')}`;
  if (plan && plan.update > 0) return `Fill in ${countOf(plan.update, 'client')}`;
  return 'Import';
}

/** What the import will do with the choices made, and the button that does it. */
export function ImportBar({ preview, busy }: { preview: ImportPreview; busy: boolean }) {
  const action = useImportSession((state) => state.action);
  const overrides = useImportSession((state) => state.overrides);
  const revision = useImportSession((state) => state.revision);
  const entries = Object.entries(overrides).map(
    ([row, choice]) => [Number(row), choice] as [number, typeof choice],
  );
  const blocked = preview.fileProblems.length > 0;
  const plan = useWorkerAnswer(
    'plan',
    blocked ? null : { action, overrides: entries },
    `${revision}|${action}|${JSON.stringify(entries)}`,
  );
  const writes = plan ? plan.create + plan.update : 0;
  return (
    <section className="import-bar" aria-label="Import">
      <div className="import-bar__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || blocked || !plan || writes === 0}
          onClick={() => void runImport()}
        >
          {buttonText(plan)}
        </button>
        <button type="button" className="button" onClick={() => void chooseContactsFile()}>
          Choose another file…
        </button>
        <button type="button" className="button button--quiet" onClick={startOver}>
          Start over
        </button>
      </div>
      <p className="import-bar__plan" aria-live="polite">
        {!blocked && plan ? planText(plan) : ''}
      </p>
    </section>
  );
}
