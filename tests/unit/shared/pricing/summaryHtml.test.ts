import type { PricingScenario } from '@shared/pricing';
import { pastPriceReference, pricingSummaryHtml, scenarioFigures } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, labourLine, scenario } from './scenarioFixture';

function summary(
  overrides: Partial<PricingScenario> = {},
  options: Partial<Parameters<typeof pricingSummaryHtml>[2]> = {},
) {
  const chosen = scenario(overrides);
  return pricingSummaryHtml(chosen, scenarioFigures(chosen), {
    locale: 'en-US',
    generatedOn: '2026-03-05',
    ...options,
  });
}

/** The text a reader sees, cells separated by one space. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('pricingSummaryHtml', () => {
  it('is a complete, self-contained document with a page size and no scripts', () => {
    const html = summary();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@page { size: A4; margin: 15mm; }');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(summary({}, { paper: 'Letter' })).toContain('@page { size: Letter;');
  });

  it('escapes user text so it prints as typed and never becomes markup', () => {
    const html = summary(
      {
        name: '<script>alert("x")</script> & Co',
        fixedCosts: [amountLine('<img src=x onerror=alert(1)>', 100)],
        notes: "Tom's <b>notes</b>",
      },
      { serviceTypeName: '"Workshops" <i>' },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>notes');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Tom&#39;s &lt;b&gt;notes&lt;/b&gt;');
    expect(html).toContain('for &quot;Workshops&quot; &lt;i&gt;');
  });

  it('shows the plain-language verdict, the figures and the date', () => {
    const text = textOf(summary());
    expect(text).toContain('The fixed costs are behind you after 10 sales.');
    expect(text).toContain(' Sales to break even 10 ');
    expect(text).toContain(' Months to break even 2.5 months ');
    expect(text).toContain('Mar 5, 2026');
  });

  it('lists the cost lines, with hours × rate for time, and their totals', () => {
    const text = textOf(
      summary({ fixedCosts: [amountLine('Room hire', 30_000), labourLine('Preparation', 150, 3_333)] }),
    );
    expect(text).toContain(' Room hire €300.00 Preparation · 1.5 h × €33.33 €50.00 Total €350.00 ');
    expect(text).toContain(' Variable costs (per unit) None Total €0.00 ');
  });

  it('sums the lines past the sixth into one row, to stay on one page', () => {
    const lines = Array.from({ length: 11 }, (_, index) => amountLine(`Cost ${index + 1}`, 100));
    const text = textOf(summary({ fixedCosts: lines }));
    expect(text).toContain(' Cost 6 €1.00 5 more costs €5.00 Total €11.00 ');
    expect(text).not.toContain('Cost 7');
  });

  it('cuts very long notes', () => {
    const html = summary({ notes: 'word '.repeat(500) });
    expect(html).toContain('word…</p>');
    expect(html.match(/word/g)?.length).toBeLessThan(120);
  });

  it('states that it never breaks even and the lowest price that would', () => {
    const text = textOf(summary({ variableCosts: [amountLine('Materials', 60_000)] }));
    expect(text).toContain('At this price it never breaks even.');
    expect(text).toContain(' Lowest price that breaks even €600.01 ');
    expect(text).toContain(' Sales to break even Never ');
  });

  it('shows what past projects of the kind were billed when given', () => {
    const reference = pastPriceReference([], 'workshop', 'EUR');
    expect(summary({}, { reference })).not.toContain('past project');
    const html = summary(
      {},
      { reference: { ...reference, count: 2, averageMinor: 45_000, minMinor: 40_000, maxMinor: 50_000 } },
    );
    expect(html).toContain(
      '2 past projects of this kind were billed €450.00 on average, from €400.00 to €500.00.',
    );
    const one = summary(
      {},
      { reference: { ...reference, count: 1, averageMinor: 45_000, minMinor: 45_000, maxMinor: 45_000 } },
    );
    expect(one).toContain('1 past project of this kind was billed €450.00 on average');
  });
});
