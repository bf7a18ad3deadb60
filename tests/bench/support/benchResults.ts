import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of bench-results.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** What the value is compared against (a target or a floor measured in the same run). */
  baseline?: number;
  /** value ÷ baseline. */
  ratio?: number;
}

const partsDirectory = join(process.cwd(), 'node_modules', '.cache', 'clientele-bench');

export function resetBenchResults(): void {
  rmSync(partsDirectory, { recursive: true, force: true });
  mkdirSync(partsDirectory, { recursive: true });
}

/** Records a result; benches run in worker processes, so each result goes to its own file. */
export function recordBenchResult(result: BenchResult): void {
  mkdirSync(partsDirectory, { recursive: true });
  const rounded = { ...result, value: round(result.value) };
  if (result.baseline !== undefined) {
    rounded.baseline = round(result.baseline);
    rounded.ratio = round(result.value / result.baseline, 3);
  }
  writeFileSync(
    join(partsDirectory, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`),
    JSON.stringify(rounded),
  );
}

export function collectBenchResults(): BenchResult[] {
  let files: string[] = [];
  try {
    files = readdirSync(partsDirectory).sort();
  } catch {
    return [];
  }
  return files.map((file) => JSON.parse(readFileSync(join(partsDirectory, file), 'utf8')) as BenchResult);
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
