import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectBenchResults } from './benchResults';

/** Prints the table and writes bench-results.json at the repository root. */
export default function globalTeardown(): void {
  const results = collectBenchResults();
  writeFileSync(join(process.cwd(), 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const rows = results.map((result) => ({
    name: result.name,
    value: `${result.value} ${result.unit}`,
    baseline: result.baseline === undefined ? '' : `${result.baseline} ${result.unit}`,
    ratio: result.ratio === undefined ? '' : String(result.ratio),
  }));
  const widths = {
    name: Math.max(4, ...rows.map((row) => row.name.length)),
    value: Math.max(5, ...rows.map((row) => row.value.length)),
    baseline: Math.max(8, ...rows.map((row) => row.baseline.length)),
  };
  const line = (name: string, value: string, baseline: string, ratio: string) =>
    `${name.padEnd(widths.name)}  ${value.padStart(widths.value)}  ${baseline.padStart(widths.baseline)}  ${ratio}`;
  console.log(`\n${line('name', 'value', 'baseline', 'ratio')}`);
  for (const row of rows) console.log(line(row.name, row.value, row.baseline, row.ratio));
  console.log(`\nWrote ${results.length} results to bench-results.json`);
}
