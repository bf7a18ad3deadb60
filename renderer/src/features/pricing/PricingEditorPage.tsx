import { useParams } from 'wouter';
import { ScenarioEditor } from './editor/ScenarioEditor';

/** /pricing/new and /pricing/:id. Keyed by id, so moving to another scenario starts afresh. */
export function PricingEditorPage() {
  const { id } = useParams<{ id?: string }>();
  return <ScenarioEditor key={id ?? 'new'} id={id} />;
}
