import { addMonths } from '@shared/dates/isoDate';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { useInsightsFigures } from '../../db/useInsightsFigures';
import { PageHeader } from '../../ui/PageHeader';
import { BusinessSection } from './BusinessSection';
import { FiguresStatus } from './FiguresStatus';
import { LapsedSection } from './LapsedSection';
import { RepeatSection } from './RepeatSection';
import { SeasonSection } from './SeasonSection';
import { ServicesSection } from './ServicesSection';

/** Who has done business, who comes back, what they buy and when: every figure opens its clients. */
export function CustomerDataPage() {
  const today = useToday();
  const settings = useSettings();
  const [range, setRange] = useState(() => ({ from: addMonths(today, -60), to: today }));
  const customers = useInsightsFigures({
    screen: 'customers',
    options: {
      today,
      homeCurrency: settings.homeCurrency,
      from: range.from,
      to: range.to,
      repeatMinCompletedProjects: settings.repeatMinCompletedProjects,
      lapsedAfterMonths: settings.lapsedAfterMonths,
    },
  });
  const figures = customers.figures;
  return (
    <div className="insights-page">
      <PageHeader
        title="Customer data"
        subtitle="Who buys what, and when. Click a bar or a count to see the clients behind it."
      />
      <FiguresStatus state={customers} />
      {figures && (
        <>
          <BusinessSection figures={figures.business} range={range} onRangeChange={setRange} />
          <RepeatSection figures={figures.repeat} />
          <ServicesSection figures={figures} />
          <SeasonSection figures={figures} />
          <LapsedSection figures={figures} />
        </>
      )}
    </div>
  );
}
