import { hasActiveFilters } from '@shared/clients/listQuery';
import { Link } from 'wouter';
import { useClientListStore } from '../../state/clientListStore';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ClientList } from './ClientList';
import { ClientListToolbar } from './ClientListToolbar';
import { ClientSelectionBanner } from './ClientSelectionBanner';
import { useClientIds } from './useClientIds';
import { WelcomePanel } from './WelcomePanel';

export function ClientsPage() {
  const filters = useClientListStore((state) => state.filters);
  const clearFilters = useClientListStore((state) => state.clearFilters);
  const selection = useClientListStore((state) => state.selection);
  const result = useClientIds(filters, selection);
  const ids = result?.ids;
  const count = result?.count;
  const total = result?.total;

  if (total === 0) return <WelcomePanel />;

  const filtered = hasActiveFilters(filters) || selection !== null;
  const countText =
    count === undefined || total === undefined
      ? 'Loading clients…'
      : filtered
        ? `Showing ${count.toLocaleString()} of ${total.toLocaleString()} clients`
        : `${total.toLocaleString()} ${total === 1 ? 'client' : 'clients'}`;

  return (
    <div className="clients-page">
      <PageHeader
        title="Clients"
        actions={
          <>
            <Link href="/clients/new" className="button button--primary">
              Add client
            </Link>
            <Link href="/import" className="button">
              Import or export
            </Link>
          </>
        }
      />
      <ClientListToolbar />
      <ClientSelectionBanner />
      <p className="clients-page__count" aria-live="polite">
        {countText}
      </p>
      {count === 0 ? (
        <div data-results-for={filters.search} aria-busy="false">
          <EmptyState
            title="No clients match"
            actions={
              <button type="button" className="button" onClick={clearFilters}>
                Clear search and filters
              </button>
            }
          >
            <p>Try fewer words, or the start of a name, email or city.</p>
          </EmptyState>
        </div>
      ) : (
        <ClientList ids={ids ?? []} count={count ?? 0} resultsFor={filters.search} />
      )}
    </div>
  );
}
