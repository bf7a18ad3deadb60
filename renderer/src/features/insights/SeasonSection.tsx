import { monthNames } from '@shared/insights/dayNumbers';
import type { ShownFiguresByScreen } from '@shared/insights/figures';
import { useId, useState } from 'react';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { useOpenClients } from './useOpenClients';

const shortMonths = monthNames.map((month) => month.slice(0, 3));

/** When clients buy: projects per month of each year as a heat table, and per month overall. */
export function SeasonSection({ figures }: { figures: ShownFiguresByScreen['customers'] }) {
  const headingId = useId();
  const filterId = useId();
  const openClients = useOpenClients();
  const [serviceTypeId, setServiceTypeId] = useState('');
  const cells = figures.seasonByService[serviceTypeId] ?? [];
  const years = [...new Set(cells.map((cell) => cell.year))].sort((a, b) => a - b);
  const cellAt = new Map(cells.map((cell) => [`${cell.year}-${cell.month}`, cell]));
  const max = Math.max(1, ...cells.map((cell) => cell.projectCount));
  const byMonth = figures.seasonMonthsByService[serviceTypeId] ?? [];
  const busiest = byMonth
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => b.projectCount - a.projectCount)[0];
  const scope =
    serviceTypeId === '' ? 'all services' : (figures.serviceNames.get(serviceTypeId) ?? 'this service');
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>When they buy</h2>
      <label htmlFor={filterId}>Service type </label>
      <select id={filterId} value={serviceTypeId} onChange={(event) => setServiceTypeId(event.target.value)}>
        <option value="">All services</option>
        {[...figures.serviceNames.entries()]
          .sort((a, b) => a[1].localeCompare(b[1]))
          .map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
      </select>
      <BarChart
        label={`Projects by month of the year, ${scope}`}
        summary={
          busiest && busiest.projectCount > 0
            ? `Busiest month for ${scope}: ${monthNames[busiest.index]}, ${busiest.projectCount.toLocaleString()} projects over all years.`
            : `No projects for ${scope}.`
        }
        categories={shortMonths}
        series={[
          {
            label: 'Projects',
            values: byMonth.map((entry) => entry.projectCount),
            clientIds: byMonth.map((entry) => entry.clientIds),
          },
        ]}
        clientsLabel={(category) => `clients who bought in ${category} (${scope})`}
      />
      <div className="table-scroll">
        <table className="data-table heat-table">
          <caption>
            Projects per month and year ({scope}); darker is busier. Click a number for its clients.
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {shortMonths.map((month) => (
                <th key={month} scope="col">
                  {month}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {shortMonths.map((month, index) => {
                  const cell = cellAt.get(`${year}-${index + 1}`);
                  const strength = cell ? cell.projectCount / max : 0;
                  return (
                    <td
                      key={month}
                      className="heat-cell"
                      style={{ background: `rgba(59, 79, 216, ${(strength * 0.3).toFixed(2)})` }}
                    >
                      {cell ? (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`${cell.projectCount} projects in ${monthNames[index]} ${year}: show the clients`}
                          onClick={() =>
                            openClients(
                              `clients who bought in ${monthNames[index]} ${year} (${scope})`,
                              cell.clientIds,
                            )
                          }
                        >
                          {cell.projectCount}
                        </button>
                      ) : (
                        ''
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FigureTable
        caption={`Projects by month, ${scope}`}
        csvName="projects-by-month"
        folded
        columns={['Year', 'Month', 'Projects']}
        rows={cells.map((cell) => ({
          key: `${cell.year}-${cell.month}`,
          cells: [cell.year, monthNames[cell.month - 1], cell.projectCount],
          csv: [cell.year, cell.month, cell.projectCount],
          clientIds: cell.clientIds,
          clientsLabel: `clients who bought in ${monthNames[cell.month - 1]} ${cell.year}`,
        }))}
      />
    </section>
  );
}
