import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSettings } from '../../../app/useSettings';
import { useServiceTypes } from '../../../db/hooks/projectHooks';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { ConfirmDialog } from '../../../ui/ModalDialog';
import { PageHeader } from '../../../ui/PageHeader';
import { ScenarioCharts } from '../charts/ScenarioCharts';
import { RenameDialog } from '../RenameDialog';
import { EditorActions } from './EditorActions';
import { FiguresPanel } from './FiguresPanel';
import { ScenarioFields } from './ScenarioFields';
import { ShortAnswer } from './ShortAnswer';
import { SolverPanel } from './SolverPanel';
import { usePricingEditor } from './usePricingEditor';
import { useScenarioCommands } from './useScenarioCommands';

type Dialog = 'rename' | 'discard' | 'duplicate' | null;

/** The calculator for one scenario (or a new one): inputs, live answer, solver and charts. */
export function ScenarioEditor({ id }: { id: string | undefined }) {
  const editor = usePricingEditor(id);
  const settings = useSettings();
  const serviceTypes = useServiceTypes() ?? [];
  const [, navigate] = useLocation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { draft, saved, parsed, figures } = editor;
  const serviceTypeName = serviceTypes.find((type) => type.id === draft?.serviceTypeId)?.name ?? '';
  const commands = useScenarioCommands(editor, serviceTypeName);

  if (editor.missing) {
    return (
      <EmptyState
        title="This scenario no longer exists"
        actions={
          <Link href="/pricing" className="button">
            Back to pricing
          </Link>
        }
      >
        <p>It may have been deleted.</p>
      </EmptyState>
    );
  }
  if (editor.loading || !draft) return <p className="loading">Loading…</p>;

  const leave = () => {
    editor.discard();
    if (!saved) navigate('/pricing');
  };
  const waitingFor = !draft.pricePerUnit.trim()
    ? 'Enter a price per unit to see how many sales put the fixed costs behind you.'
    : 'Fix the fields marked in red to see the figures.';

  return (
    <div className="pricing-editor-page">
      <p className="breadcrumb">
        <Link href="/pricing">Pricing</Link>
      </p>
      <PageHeader
        title={saved ? saved.name : 'New pricing scenario'}
        subtitle={editor.dirty ? <span className="pill pill--unsaved">Unsaved changes</span> : undefined}
        actions={
          <EditorActions
            saved={Boolean(saved)}
            onRename={() => setDialog('rename')}
            onDuplicate={() => (editor.dirty ? setDialog('duplicate') : commands.duplicate(false))}
            onPrint={() => commands.exportAs('print')}
            onSavePdf={() => commands.exportAs('pdf')}
            onDelete={commands.remove}
          />
        }
      />
      <div className="pricing-editor">
        <form
          className="pricing-editor__form"
          noValidate
          aria-label={saved ? `Edit ${saved.name}` : 'New pricing scenario'}
          onSubmit={(event) => {
            event.preventDefault();
            void commands.save();
          }}
        >
          <ErrorSummary errors={editor.attempt > 0 ? editor.errors : {}} attempt={editor.attempt} />
          <ScenarioFields
            draft={draft}
            errors={editor.errors}
            update={editor.update}
            showName={!saved}
            serviceTypes={serviceTypes}
            homeCurrency={settings.homeCurrency}
          />
          <div className="form-actions pricing-editor__actions">
            <button type="submit" className="button button--primary">
              {saved ? 'Save changes' : 'Save scenario'}
            </button>
            {(editor.dirty || !saved) && (
              <button
                type="button"
                className="button"
                onClick={() => (editor.dirty ? setDialog('discard') : leave())}
              >
                {saved ? 'Discard changes' : 'Cancel'}
              </button>
            )}
            <ShortAnswer figures={figures} />
          </div>
        </form>
        <div className="pricing-editor__results">
          <FiguresPanel figures={figures} waitingFor={waitingFor} />
          <SolverPanel figures={figures} />
        </div>
      </div>
      {parsed?.inputs && <ScenarioCharts name={draft.name} inputs={parsed.inputs} />}
      {dialog === 'rename' && saved && (
        <RenameDialog scenarioId={saved.id} currentName={saved.name} onClose={() => setDialog(null)} />
      )}
      {dialog === 'discard' && (
        <ConfirmDialog
          title={saved ? 'Discard your changes?' : 'Discard this new scenario?'}
          confirmLabel={saved ? 'Discard changes' : 'Discard scenario'}
          danger
          onConfirm={() => {
            setDialog(null);
            leave();
          }}
          onCancel={() => setDialog(null)}
        >
          <p>
            {saved
              ? `“${saved.name}” goes back to how it was last saved. This cannot be undone.`
              : 'What you typed is thrown away. This cannot be undone.'}
          </p>
        </ConfirmDialog>
      )}
      {dialog === 'duplicate' && (
        <ConfirmDialog
          title="Save your changes first?"
          confirmLabel="Save and duplicate"
          cancelLabel="Cancel"
          onConfirm={() => {
            setDialog(null);
            void commands.duplicate(true);
          }}
          onCancel={() => setDialog(null)}
        >
          <p>The copy is made from the saved scenario. Save your changes so the copy has them too.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
