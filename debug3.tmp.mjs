import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({ configFile: false, root: process.cwd(), build: { outDir: 'out/renderer' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
await page.goto(base + '__bench__/index.html');
await page.waitForSelector('html[data-bench-ready]');
await page.evaluate((n) => window.bench.generate(n), 5000);
await page.evaluate(() => window.bench.importViaApp());
for (let i = 0; i < 4; i++) {
  await page.goto(base);
  await page.waitForFunction(() => performance.getEntriesByName('journal:first-rows').length > 0);
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map(r => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]);
    return { domInteractive: Math.round(nav.domInteractive), marks: performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]), res };
  });
  console.log(JSON.stringify(marks));
}
await page.goto(base + '__bench__/raw.html');
await page.waitForFunction(() => performance.getEntriesByName('raw:first-rows').length > 0);
console.log(await page.evaluate(() => JSON.stringify({ di: Math.round(performance.getEntriesByType('navigation')[0].domInteractive), marks: performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]) })));
await browser.close(); server.httpServer.close();
