// biome-ignore-all lint/a11y/useSemanticElements: virtualised rows are absolutely positioned divs; ARIA table roles keep them a table for assistive technology
// biome-ignore-all lint/a11y/useFocusableInteractive: table, row and cell roles here are static structure, not widgets
import type { Client } from '@shared/model/client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { useClientsById } from '../../db/hooks/clientHooks';
import { ClientRowCells } from './ClientRow';
import { useCardListTest } from './useCardListTest';

const rowHeight = 60;

const columns = [
  'Client',
  'Kind',
  'Place',
  'Last project',
  'Projects',
  'Total billed',
  'Badges',
  'Last contacted',
];

/**
 * The client list, virtualised: only the rows in view (plus a few) exist in the page, and only
 * those clients are read from the database, so 20,000 clients scroll as smoothly as 20.
 */
interface ClientListProps {
  ids: string[];
  /** Rows in the list; ids may hold fewer while the list index loads at start-up. */
  count: number;
  resultsFor: string;
}

export function ClientList({ ids, count, resultsFor }: ClientListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const settings = useSettings();
  const today = useToday();
  const onCardList = useCardListTest();
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // Lay out the first screen of rows before the scroll box is measured, saving a render.
    initialRect: { width: 0, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const visibleIds = items.flatMap((item) => ids[item.index] ?? []);
  const byId = useClientsById(visibleIds) ?? new Map<string, Client>();
  const rowsLoaded = visibleIds.length === items.length && visibleIds.every((id) => byId.has(id));
  useEffect(() => {
    // A User Timing mark, so start-up time to the first rows can be measured (npm run bench).
    if (rowsLoaded && ids.length > 0 && performance.getEntriesByName('first-rows').length === 0) {
      performance.mark('first-rows');
    }
  }, [rowsLoaded, ids.length]);

  return (
    <div
      className="client-list"
      role="table"
      aria-label="Clients"
      aria-rowcount={count + 1}
      aria-busy={!rowsLoaded}
      data-results-for={resultsFor}
    >
      <div role="rowgroup" className="client-list__head">
        <div role="row" aria-rowindex={1} className="client-list__row client-list__row--head">
          {columns.map((column) => (
            <div role="columnheader" key={column}>
              {column}
            </div>
          ))}
        </div>
      </div>
      <div className="client-list__scroll" ref={scrollRef} data-testid="client-list-scroll">
        <div role="rowgroup" className="client-list__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const id = ids[item.index];
            const client = id === undefined ? undefined : byId.get(id);
            return (
              <div
                role="row"
                key={id ?? `row-${item.index}`}
                aria-rowindex={item.index + 2}
                className="client-list__row"
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              >
                {client ? (
                  <ClientRowCells client={client} settings={settings} today={today} onCardList={onCardList} />
                ) : (
                  <div role="cell" className="client-list__loading">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
