import { formatIsoDate } from '../dates/isoDate';
import { escapeHtml } from '../text/html';
import { costLineMinor, costLinesTotalMinor } from './costLines';
import type { PricingFigures } from './figures';
import { formatAmount, formatHours, formatMonths, formatRatio, formatUnits } from './format';
import type { CostLine, PricingScenario } from './model';
import type { PastPriceReference } from './pastPriceReference';
import { pricingVerdict } from './verdict';

export interface PricingSummaryOptions {
  locale?: string;
  /** The linked service type's name, when there is one. */
  serviceTypeName?: string;
  /** ISO date (YYYY-MM-DD) printed as the date of the summary. */
  generatedOn: string;
  /** The @page size. The layout fits the smaller of A4 and Letter in both directions. */
  paper?: 'A4' | 'Letter';
  /** What past projects of the service type were billed, shown next to the price. */
  reference?: PastPriceReference;
  /** The editor's charts as images (the summary runs no scripts to draw them). */
  charts?: readonly SummaryChart[];
}

export interface SummaryChart {
  title: string;
  /** The chart in words: the image's alternative text. */
  description: string;
  /** A PNG as a data: URL; anything else is left out. */
  imageDataUrl: string;
}

const pngDataUrl = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** The charts side by side, each a fixed height so the summary stays on one page. */
function chartsSection(charts: readonly SummaryChart[]): string {
  const usable = charts.filter((chart) => pngDataUrl.test(chart.imageDataUrl));
  if (usable.length === 0) return '';
  const figures = usable
    .map(
      (chart) =>
        `<figure class="chart"><figcaption>${escapeHtml(chart.title)}</figcaption><img src="${chart.imageDataUrl}" alt="${escapeHtml(chart.description)}"></figure>`,
    )
    .join('');
  return `<section class="charts"><h2>Charts</h2><div class="columns">${figures}</div></section>`;
}

/** More lines than this would push the summary past one page; the rest are summed in one row. */
const maxLinesPerTable = 6;
/** Long notes are cut here for the same reason. */
const maxNotesChars = 400;

type Money = (amountMinor: number) => string;

function costLineDetail(line: CostLine, money: Money, locale?: string): string {
  if (line.kind === 'amount') return '';
  return `${formatHours(line.hoursHundredths, locale)} × ${money(line.hourlyRateMinor)}`;
}

function costRow(label: string, detail: string, amount: string): string {
  const detailHtml = detail === '' ? '' : `<span class="detail"> · ${escapeHtml(detail)}</span>`;
  return `<tr><td><div class="clamp-2">${escapeHtml(label)}${detailHtml}</div></td><td class="amount">${escapeHtml(amount)}</td></tr>`;
}

function costTable(title: string, lines: readonly CostLine[], money: Money, locale?: string): string {
  const rest = lines.slice(maxLinesPerTable);
  const rows = lines
    .slice(0, maxLinesPerTable)
    .map((line) => costRow(line.label, costLineDetail(line, money, locale), money(costLineMinor(line))));
  if (rest.length > 0) {
    rows.push(
      costRow(
        `${rest.length} more ${rest.length === 1 ? 'cost' : 'costs'}`,
        '',
        money(costLinesTotalMinor(rest)),
      ),
    );
  }
  if (rows.length === 0) rows.push('<tr><td colspan="2" class="none">None</td></tr>');
  return `<section><h2>${escapeHtml(title)}</h2><table class="costs"><tbody>${rows.join('')}</tbody>
<tfoot><tr><td>Total</td><td class="amount">${escapeHtml(money(costLinesTotalMinor(lines)))}</td></tr></tfoot></table></section>`;
}

function figureRows(figures: PricingFigures, money: Money, locale?: string): [string, string][] {
  const never = 'Never';
  const orDash = <T>(value: T | null, format: (value: T) => string, missing = '—') =>
    value === null ? missing : format(value);
  const rows: [string, string][] = [
    ['Price per unit', money(figures.pricePerUnitMinor)],
    ['Variable cost per unit', money(figures.variableCostPerUnitMinor)],
    [
      'Unit margin',
      `${money(figures.unitMarginMinor)}${figures.marginRatio === null ? '' : ` (${formatRatio(figures.marginRatio, locale)})`}`,
    ],
    ['Fixed costs', money(figures.fixedCostsMinor)],
    [
      'Break-even volume (exact)',
      orDash(figures.breakEvenUnits, (units) => formatUnits(units, locale), never),
    ],
    ['Sales to break even', orDash(figures.unitsToBreakEven, (units) => formatUnits(units, locale), never)],
    ['Revenue at break-even', orDash(figures.revenueAtBreakEvenMinor, money, never)],
  ];
  if (figures.neverBreaksEven) {
    rows.push(['Lowest price that breaks even', money(figures.lowestPriceThatBreaksEvenMinor)]);
  }
  if (figures.expectedUnitsPerMonth !== null) {
    const profitMargin = figures.profitMarginAtExpectedVolume;
    rows.push(
      ['Expected sales a month', formatUnits(figures.expectedUnitsPerMonth, locale)],
      [
        'Profit after the first month',
        `${orDash(figures.profitAtExpectedVolumeMinor, money)}${profitMargin === null ? '' : ` (${formatRatio(profitMargin, locale)})`}`,
      ],
      ['Added each month after that', orDash(figures.marginAtExpectedVolumeMinor, money)],
      [
        'Months to break even',
        orDash(
          figures.monthsToBreakEven,
          (months) => formatMonths(months, locale),
          figures.neverBreaksEven ? never : '—',
        ),
      ],
    );
  }
  return rows;
}

function referenceSection(reference: PastPriceReference | undefined, money: Money): string {
  if (!reference || reference.count === 0 || reference.averageMinor === null) return '';
  const { count, averageMinor, minMinor, maxMinor } = reference;
  const range =
    minMinor === null || maxMinor === null ? '' : `, from ${money(minMinor)} to ${money(maxMinor)}`;
  const projects =
    count === 1 ? '1 past project of this kind was' : `${count} past projects of this kind were`;
  return `<p class="reference">${escapeHtml(`${projects} billed ${money(averageMinor)} on average${range}.`)}</p>`;
}

function notesSection(notes: string): string {
  const trimmed = notes.trim();
  if (trimmed === '') return '';
  const shown = trimmed.length > maxNotesChars ? `${trimmed.slice(0, maxNotesChars).trimEnd()}…` : trimmed;
  return `<section><h2>Notes</h2><p class="notes clamp-5">${escapeHtml(shown)}</p></section>`;
}

// 15 mm margins leave 180 × 249 mm on either A4 or Letter. The content fits that: titles and
// labels stop at two lines, notes at five, and each cost table at maxLinesPerTable rows.
const styles = `
@page { size: PAPER; margin: 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; max-width: 180mm; font: 9.5pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; }
h1 { font-size: 16pt; line-height: 1.2; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; }
.clamp-2, .clamp-5, h1 { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
.clamp-2, h1 { -webkit-line-clamp: 2; }
.clamp-5 { -webkit-line-clamp: 5; }
.meta { color: #555; margin: 0 0 3mm; }
.verdict { border: 0.3mm solid #999; border-radius: 2mm; padding: 2.5mm 4mm; }
.verdict .headline { font-weight: 700; font-size: 12pt; margin: 0 0 1.5mm; }
.verdict p { margin: 0 0 0.8mm; }
table { width: 100%; border-collapse: collapse; }
td, th { padding: 0.8mm 1.2mm; border-bottom: 0.2mm solid #ddd; text-align: left; vertical-align: top; }
th { font-weight: 400; color: #444; white-space: nowrap; }
.amount, .figures td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.detail { color: #555; }
.none { color: #777; }
tfoot td { font-weight: 700; border-bottom: none; border-top: 0.3mm solid #999; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.reference { color: #333; margin: 2mm 0 0; }
.notes { white-space: pre-wrap; margin: 0; }
.chart { margin: 0; break-inside: avoid; }
.chart figcaption { font-weight: 600; margin-bottom: 1mm; }
.chart img { display: block; width: 100%; height: 42mm; object-fit: contain; }
`;

/**
 * A one-page summary of a scenario as a complete HTML document for printing or saving as PDF:
 * inline styles, no scripts, nothing loaded from anywhere, and every piece of user text
 * escaped so a name like "<b>Workshop</b>" prints as typed.
 */
export function pricingSummaryHtml(
  scenario: PricingScenario,
  figures: PricingFigures,
  options: PricingSummaryOptions,
): string {
  const { locale, serviceTypeName, generatedOn, paper = 'A4', reference, charts = [] } = options;
  const money: Money = (amountMinor) => formatAmount(amountMinor, scenario.currency, locale);
  const verdict = pricingVerdict(figures, locale);
  const date = formatIsoDate(generatedOn, locale);
  const meta = [
    'Pricing scenario',
    serviceTypeName ? `for ${serviceTypeName}` : '',
    `amounts in ${scenario.currency}`,
    date,
  ].filter((part) => part !== '');
  const rows = figureRows(figures, money, locale);
  // Two half-width tables side by side: the figures take half the height of one long table.
  const half = Math.ceil(rows.length / 2);
  const figureTables = [rows.slice(0, half), rows.slice(half)]
    .map(
      (part) =>
        `<table class="figures"><tbody>${part
          .map(
            ([label, value]) =>
              `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
          )
          .join('')}</tbody></table>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`Pricing: ${scenario.name}`)}</title>
<style>${styles.replace('PAPER', paper)}</style>
</head>
<body>
<header><h1>${escapeHtml(scenario.name)}</h1><p class="meta clamp-2">${escapeHtml(meta.join(' · '))}</p></header>
<section class="verdict"><p class="headline">${escapeHtml(verdict.headline)}</p>${verdict.details
    .map((sentence) => `<p>${escapeHtml(sentence)}</p>`)
    .join('')}</section>
<section><h2>Figures</h2><div class="columns">${figureTables}</div>${referenceSection(reference, money)}</section>
<div class="columns">
${costTable('Fixed costs (once)', scenario.fixedCosts, money, locale)}
${costTable('Variable costs (per unit)', scenario.variableCosts, money, locale)}
</div>
${chartsSection(charts)}
${notesSection(scenario.notes)}
</body>
</html>
`;
}
