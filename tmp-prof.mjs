import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
execSync('rm -rf /tmp/lead/p1 && cp -a /tmp/lead/profile20k /tmp/lead/p1');
const opts = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] };
const ctx = await chromium.launchPersistentContext('/tmp/lead/p1', { ...opts, baseURL: 'http://localhost:4185', viewport: { width: 1440, height: 900 } });
const page = ctx.pages()[0] ?? await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
const times = [];
for (let run = 0; run < 8; run++) {
  await page.goto('/#/settings');
  await page.getByText('20,000 sample clients are in your client book.').waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  const profile = run === 6;
  if (profile) await cdp.send('Profiler.start');
  const t = await page.evaluate(() => new Promise((resolve) => {
    const started = performance.now();
    const marks = [];
    const obs = new MutationObserver(() => {
      const h = document.querySelector('h1')?.textContent;
      marks.push(`${(performance.now()-started).toFixed(0)}:${h}:${document.querySelector('main')?.textContent?.slice(0,40)}`);
      if (document.querySelector('.due-follow-ups__item')) { obs.disconnect(); requestAnimationFrame(() => resolve({ ms: performance.now() - started, marks })); }
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.querySelector('nav a[href="#/"]').click();
  }));
  if (profile) { const { profile: p } = await cdp.send('Profiler.stop'); writeFileSync('/tmp/lead/home.cpuprofile', JSON.stringify(p)); }
  times.push(t.ms);
  if (run >= 5) console.log(t.ms.toFixed(0), t.marks.slice(0, 12).join(' | '));
}
console.log(times.map((t) => t.toFixed(0)).join(' '));
await ctx.close();
