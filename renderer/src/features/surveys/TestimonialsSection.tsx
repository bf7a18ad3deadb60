import { formatIsoDate } from '@shared/dates/isoDate';
import { type Testimonial, testimonialsCsv, testimonialsText } from '@shared/surveys';
import { showError, showToast } from '../../state/toastStore';
import { copyText, saveCsv } from './surveyFiles';

/** Comments clients said may be quoted, to copy into a website or export. */
export function TestimonialsSection({ list }: { list: Testimonial[] }) {
  const run = (work: () => Promise<unknown>, done: string) => async () => {
    try {
      await work();
      showToast(done);
    } catch (error) {
      showError(error);
    }
  };
  return (
    <section className="card" aria-labelledby="testimonials-heading">
      <div className="section-header">
        <h2 id="testimonials-heading">Testimonials you may quote</h2>
        {list.length > 0 && (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={run(() => copyText(testimonialsText(list)), 'Copied the testimonials.')}
            >
              Copy testimonials as text
            </button>
            <button
              type="button"
              className="button"
              onClick={run(
                () => saveCsv('testimonials.csv', testimonialsCsv(list)),
                'Saved the testimonials.',
              )}
            >
              Export testimonials (CSV)
            </button>
          </div>
        )}
      </div>
      {list.length === 0 ? (
        <p className="muted">
          No client has yet agreed to be quoted with a written comment in this selection.
        </p>
      ) : (
        <ul className="text-answers">
          {list.map((item) => (
            <li key={item.sendingId}>
              <blockquote>{item.comments}</blockquote>
              <p className="muted">
                {[item.contactName, item.clientName].filter(Boolean).join(', ')} · {item.projectTitle} ·{' '}
                {formatIsoDate(item.answeredOn)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
