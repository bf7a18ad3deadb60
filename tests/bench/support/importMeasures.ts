import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

interface ProcessRow {
  pid: number;
  ppid: number;
  rssKb: number;
  args: string;
}

function processTable(): ProcessRow[] {
  const output = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  return output
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({
      pid: Number(match[1]),
      ppid: Number(match[2]),
      rssKb: Number(match[3]),
      args: match[4] ?? '',
    }));
}

/**
 * Resident memory of a Chromium and all its processes (browser, renderers, GPU, utilities), in
 * MB. The browser is the process whose command line holds `profileMark` and whose parent does not.
 */
function chromiumRssMb(profileMark: string): number {
  const table = processTable();
  const marked = new Set(table.filter((row) => row.args.includes(profileMark)).map((row) => row.pid));
  const roots = table.filter((row) => marked.has(row.pid) && !marked.has(row.ppid));
  const children = new Map<number, ProcessRow[]>();
  for (const row of table) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row]);
  let totalKb = 0;
  const visit = (row: ProcessRow) => {
    totalKb += row.rssKb;
    for (const child of children.get(row.pid) ?? []) visit(child);
  };
  for (const root of roots) visit(root);
  return totalKb / 1024;
}

/** Samples chromiumRssMb every `everyMs` until stopped; returns the highest sample. */
export function sampleChromiumRss(profileMark: string, everyMs = 250): { stop: () => number } {
  let peak = chromiumRssMb(profileMark);
  const timer = setInterval(() => {
    peak = Math.max(peak, chromiumRssMb(profileMark));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, chromiumRssMb(profileMark));
    },
  };
}

/** Starts collecting the page's long tasks (main thread busy over 50 ms) from now on. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { __longTasks?: number[]; __longTaskObserver?: PerformanceObserver };
    state.__longTasks = [];
    state.__longTaskObserver?.disconnect();
    state.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longTasks?.push(entry.duration);
    });
    state.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The longest task seen since watchLongTasks, in ms (0 when none passed 50 ms), and how many. */
export async function longTasks(page: Page): Promise<{ longest: number; count: number }> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks?: number[] }).__longTasks ?? [];
    return { longest: tasks.length === 0 ? 0 : Math.max(...tasks), count: tasks.length };
  });
}

/** The page's JavaScript heap in use, in MB, from Chromium's own counters. */
export async function pageHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / (1024 * 1024);
}
