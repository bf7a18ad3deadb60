import { type BilledSortSettings, billedSortBasisText } from '@shared/clients/billedTotals';
import type { ClientBadgeFilter, ClientSortField } from '@shared/clients/listQuery';
import { clientKindLabels, clientKinds } from '@shared/model/client';
import { useSettings } from '../../app/useSettings';
import { useClientListStore } from '../../state/clientListStore';
import { SelectField, TextField } from '../../ui/Field';
import { useClientTags } from './useClientIds';

/** The sort choices; the "Total billed" ones say which total they order by. */
function sortOptions(settings: BilledSortSettings) {
  const basis = billedSortBasisText(settings);
  return [
    { value: 'name:asc', label: 'Name, A to Z' },
    { value: 'name:desc', label: 'Name, Z to A' },
    { value: 'lastProject:desc', label: 'Last project, newest first' },
    { value: 'lastProject:asc', label: 'Last project, oldest first' },
    { value: 'totalBilled:desc', label: `Total billed (${basis}), highest first` },
    { value: 'totalBilled:asc', label: `Total billed (${basis}), lowest first` },
    { value: 'lastContacted:asc', label: 'Last contacted, longest ago first' },
    { value: 'lastContacted:desc', label: 'Last contacted, most recent first' },
  ];
}

const badgeOptions: { value: ClientBadgeFilter; label: string }[] = [
  { value: '', label: 'All clients' },
  { value: 'repeat', label: 'Repeat clients' },
  { value: 'lapsed', label: 'Lapsed: worth winning back' },
  { value: 'stale', label: 'Details to check' },
  { value: 'notContacted6', label: 'Not contacted in 6 months' },
];

export function ClientListToolbar() {
  const filters = useClientListStore((state) => state.filters);
  const setFilter = useClientListStore((state) => state.setFilter);
  const tags = useClientTags();
  const settings = useSettings();
  const kindOptions = [
    { value: '', label: 'All kinds' },
    ...clientKinds.map((kind) => ({ value: kind, label: clientKindLabels[kind] })),
  ];
  const tagOptions = [{ value: '', label: 'All tags' }, ...tags.map((tag) => ({ value: tag, label: tag }))];
  return (
    <search className="toolbar" aria-label="Find clients">
      <TextField
        id="client-search"
        label="Search clients"
        type="search"
        className="toolbar__search"
        placeholder="Name, organization, email, city or tag"
        value={filters.search}
        onChange={(value) => setFilter('search', value)}
      />
      <SelectField
        id="client-kind-filter"
        label="Kind"
        value={filters.kind}
        options={kindOptions}
        onChange={(value) => setFilter('kind', value as typeof filters.kind)}
      />
      <SelectField
        id="client-tag-filter"
        label="Tag"
        value={filters.tag}
        options={tagOptions}
        onChange={(value) => setFilter('tag', value)}
      />
      <SelectField
        id="client-badge-filter"
        label="Show"
        value={filters.badge}
        options={badgeOptions}
        onChange={(value) => setFilter('badge', value)}
      />
      <SelectField
        id="client-sort"
        label="Sort by"
        value={`${filters.sort}:${filters.descending ? 'desc' : 'asc'}`}
        options={sortOptions(settings)}
        onChange={(value) => {
          const [sort, direction] = value.split(':');
          setFilter('sort', sort as ClientSortField);
          setFilter('descending', direction === 'desc');
        }}
      />
    </search>
  );
}
