import { PageHeader } from '../../ui/PageHeader';
import { BusinessSection } from './BusinessSection';
import { LapsedSection } from './LapsedSection';
import { RepeatSection } from './RepeatSection';
import { SeasonSection } from './SeasonSection';
import { ServicesSection } from './ServicesSection';
import { useInsightsBook } from './useInsightsBook';

/** Who has done business, who comes back, what they buy and when: every figure opens its clients. */
export function CustomerDataPage() {
  const book = useInsightsBook();
  return (
    <div className="insights-page">
      <PageHeader
        title="Customer data"
        subtitle="Who buys what, and when. Click a bar or a count to see the clients behind it."
      />
      {!book ? (
        <p className="loading" aria-live="polite">
          Reading your client book…
        </p>
      ) : (
        <>
          <BusinessSection book={book} />
          <RepeatSection book={book} />
          <ServicesSection book={book} />
          <SeasonSection book={book} />
          <LapsedSection book={book} />
        </>
      )}
    </div>
  );
}
