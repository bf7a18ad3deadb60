import { pricingSummaryHtml, scenarioFigures } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { scenario } from './scenarioFixture';

const png = 'data:image/png;base64,iVBORw0KGgo=';

function summaryWith(charts: Parameters<typeof pricingSummaryHtml>[2]['charts']) {
  const chosen = scenario();
  return pricingSummaryHtml(chosen, scenarioFigures(chosen), { generatedOn: '2026-03-05', charts });
}

describe('the printed pricing summary', () => {
  it('includes both charts as images with their description as alternative text', () => {
    const html = summaryWith([
      { title: 'Profit as sales add up', description: 'Profit crosses zero at 16 sales.', imageDataUrl: png },
      { title: 'Break-even at other prices', description: 'At $100, 40 sales & more.', imageDataUrl: png },
    ]);
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>Profit as sales add up</figcaption>');
    expect(html).toContain('alt="At $100, 40 sales &amp; more."');
    expect(html).toContain('img-src data:');
  });

  it('leaves out an image that is not a PNG data URL, so nothing is loaded from anywhere', () => {
    const html = summaryWith([
      { title: 'Chart', description: 'x', imageDataUrl: 'https://example.com/x.png' },
      { title: 'Chart 2', description: 'y', imageDataUrl: 'data:image/png;base64,AAA" onerror="x' },
    ]);
    expect(html).not.toContain('<img');
  });
});
