import { test } from '@playwright/test';
import { buildClientRecord } from '@shared/clients/clientRecord';
import { emptyProjectSummary } from '@shared/clients/projectSummary';
import { cardLabelLines, mailingEntriesForClient } from '@shared/holidayCards';
import { labelSheetHtml } from '@shared/labels';
import { defaultSettings } from '@shared/model/settings';
import { generateSampleData } from '@shared/sample';
import { median, recordBenchResult } from './support/benchResults';

const labelCount = 5000;
const runs = 5;
const targetMs = 5000;
const templateId = 'avery-5160';

/** Names in other scripts, so the PDF carries Cyrillic, Greek and CJK glyphs as real lists do. */
const otherScripts = [
  ['Мария Иванова', 'ООО «Северный ветер»', 'ул. Тверская, д. 12', 'Москва', '125009', 'RUSSIA'],
  ['李小龍', '永興貿易有限公司', '彌敦道 188 號', '尖沙咀, 九龍', 'HONG KONG'],
  ['山田太郎', '株式会社さくら', '丸の内1-1', '千代田区, 東京都 100-0001', 'JAPAN'],
  ['Γιώργος Παπαδόπουλος', 'Οδός Ερμού 25', '105 63 Αθήνα', 'GREECE'],
];

/**
 * Labels as a real list makes them: sample clients through the mailing pipeline (4 to 6 lines:
 * name, job title, organization, street, town, country), every tenth in another script.
 */
function benchLabels(): string[][] {
  const sample = generateSampleData({ clientCount: 7000, today: '2026-11-23', homeCurrency: 'USD' });
  const settings = { ...defaultSettings, ownAddress: { ...defaultSettings.ownAddress, country: 'US' } };
  const labels: string[][] = [];
  for (const client of sample.clients) {
    const record = buildClientRecord(
      client.details,
      { id: client.id, createdAt: client.createdAt, updatedAt: client.updatedAt },
      emptyProjectSummary,
    );
    for (const entry of mailingEntriesForClient(record, settings)) {
      const lines = cardLabelLines(entry);
      if (lines.length >= 4 && lines.length <= 6) labels.push(lines);
    }
  }
  if (labels.length < labelCount)
    throw new Error(`Only ${labels.length} sample labels; generate more clients.`);
  return labels
    .slice(0, labelCount)
    .map((lines, index) => (index % 10 === 9 ? (otherScripts[index % otherScripts.length] ?? lines) : lines));
}

test('5,000 mailing labels to PDF', async ({ page }) => {
  const labels = benchLabels();
  const lineCounts = new Map<number, number>();
  for (const lines of labels) lineCounts.set(lines.length, (lineCounts.get(lines.length) ?? 0) + 1);
  console.log(
    `label lines: ${[...lineCounts]
      .sort(([a], [b]) => a - b)
      .map(([lines, count]) => `${lines}: ${count}`)
      .join(', ')}`,
  );

  const htmlTimes: number[] = [];
  const pdfTimes: number[] = [];
  const totalTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const html = labelSheetHtml(labels, templateId, { title: 'Holiday cards – address labels' });
    const built = performance.now();
    await page.setContent(html);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const finished = performance.now();
    htmlTimes.push(built - started);
    pdfTimes.push(finished - built);
    totalTimes.push(finished - started);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(
      `run ${run + 1}: html ${(built - started).toFixed(0)} ms (${(html.length / 1024 / 1024).toFixed(1)} MiB), ` +
        `setContent + pdf ${(finished - built).toFixed(0)} ms, ${pages} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MiB PDF`,
    );
  }
  recordBenchResult({
    name: '5,000 labels → label sheet HTML (median)',
    value: median(htmlTimes),
    unit: 'ms',
  });
  recordBenchResult({
    name: '5,000 labels: setContent + page.pdf (median)',
    value: median(pdfTimes),
    unit: 'ms',
  });
  recordBenchResult({
    name: '5,000 labels to PDF (median)',
    value: median(totalTimes),
    unit: 'ms',
    baseline: targetMs,
  });
});
