import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({ configFile: false, root: process.cwd(), build: { outDir: 'out/renderer' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
page.on('console', m => { if (m.text().startsWith('T ')) console.log(m.text()); });
await page.goto(base + '__bench__/index.html');
await page.waitForSelector('html[data-bench-ready]');
await page.evaluate(() => window.bench.generate(20000));
await page.evaluate(() => window.bench.importViaApp());
await page.goto(base);
await page.waitForSelector('html[data-journal-ready]');
await page.waitForTimeout(2000);
const r = await page.evaluate(async () => {
  const pane = document.querySelector('.list-pane');
  const search = pane.querySelector('input[type="search"]');
  const [statusSelect] = pane.querySelectorAll('select');
  const setValue = (el, v, ev) => { const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype; Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v); el.dispatchEvent(new Event(ev, { bubbles: true })); };
  const shown = (key) => new Promise((res) => { if (pane.dataset.shownFilter === key) return res(); const o = new MutationObserver(() => { if (pane.dataset.shownFilter === key) { o.disconnect(); res(); } }); o.observe(pane, { attributes: true }); });
  const out = [];
  for (const [text, status] of [['netflix',''],['','draft'],['netflix','draft'],['',''],['telkomsel','preparing'],['',''],['refund',''],['','']]) {
    const key = JSON.stringify(['journal', status || null, null, text]);
    const t0 = performance.now();
    setValue(search, text, 'input');
    setValue(statusSelect, status, 'change');
    await shown(key);
    out.push([text, status, Math.round(performance.now() - t0), pane.querySelector('.list-count').textContent]);
  }
  return out;
});
console.log(r);
await browser.close(); server.httpServer.close();
