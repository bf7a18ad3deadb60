import { changeFrom, share } from '@shared/insights';
import type { Shown } from '@shared/insights/figures/shownFigures';
import type { HeadlineFigures as Figures } from '@shared/insights/headline';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { moneyText } from '../insights/MoneyList';
import { useOpenClients } from '../insights/useOpenClients';

function changeText(lastYear: number, thisYear: number, format: (value: number) => string): string {
  const change = changeFrom(lastYear, thisYear);
  if (change === null) return thisYear === 0 ? 'none last year either' : 'none by this day last year';
  const percent = Math.round(Math.abs(change) * 100);
  const direction = change > 0 ? `up ${percent} %` : change < 0 ? `down ${percent} %` : 'no change';
  return `${direction} on last year (${format(lastYear)})`;
}

const percentText = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

/** Revenue, active clients, repeat share of revenue and new clients this year, against last year. */
export function HeadlineFigures({ figures }: { figures: Shown<Figures> }) {
  const settings = useSettings();
  const today = useToday();
  const openClients = useOpenClients();
  const { thisYear, lastYear } = figures;
  const home = settings.homeCurrency;
  const revenueNow = thisYear.revenue[home] ?? 0;
  const revenueThen = lastYear.revenue[home] ?? 0;
  const repeatNow = share(thisYear.repeatRevenue[home] ?? 0, revenueNow);
  const repeatThen = share(lastYear.repeatRevenue[home] ?? 0, revenueThen);
  const money = (value: number) => moneyText({ [home]: value }, home);
  const year = today.slice(0, 4);

  return (
    <section className="headline-figures" aria-label={`${year} so far`}>
      <div className="headline-figure">
        <h2>Revenue in {year}</h2>
        <p className="headline-figure__value">{moneyText(thisYear.revenue, home)}</p>
        <p className="muted">{changeText(revenueThen, revenueNow, money)}</p>
      </div>
      <div className="headline-figure">
        <h2>Active clients</h2>
        <p className="headline-figure__value">
          <button
            type="button"
            className="link-button"
            onClick={() => openClients(`active clients in ${year}`, thisYear.activeClientIds)}
          >
            {thisYear.activeClientIds.count.toLocaleString()}
          </button>
        </p>
        <p className="muted">
          {changeText(lastYear.activeClientIds.count, thisYear.activeClientIds.count, (v) =>
            v.toLocaleString(),
          )}
        </p>
      </div>
      <div className="headline-figure">
        <h2>Repeat clients' share of revenue</h2>
        <p className="headline-figure__value">{percentText(repeatNow)}</p>
        <p className="muted">Last year by now: {percentText(repeatThen)}</p>
      </div>
      <div className="headline-figure">
        <h2>New clients</h2>
        <p className="headline-figure__value">
          <button
            type="button"
            className="link-button"
            onClick={() => openClients(`new clients in ${year}`, thisYear.newClientIds)}
          >
            {thisYear.newClientIds.count.toLocaleString()}
          </button>
        </p>
        <p className="muted">
          {changeText(lastYear.newClientIds.count, thisYear.newClientIds.count, (v) => v.toLocaleString())}
        </p>
      </div>
    </section>
  );
}
