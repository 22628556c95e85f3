// npm run bench [-- --cases N] [--no-budgets] [--skip-build] [--smoke] [--only list|archive] [--trace-scroll FILE]
// (BENCH_JS_FLAGS=… overrides the V8 flags the desktop app starts with, to try others.)
// Builds the renderer, opens it in Chromium (the e2e launch) and measures the journal at scale
// against raw Dexie/IndexedDB in the same browser and run. Prints one JSON object, writes it to
// bench/results/latest.json, and exits non-zero when a figure misses its budget.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createJiti } from 'jiti';
import { preview } from 'vite';
import { runArchiveArms } from './archiveRun.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { rendererJsFlags } = await createJiti(import.meta.url).import(join(root, 'src/shared/rendererEngineFlags.ts'));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
// --only archive: the journal archive arm alone (issue 11), judged against its own budgets.
const onlyArchive = option('--only', null) === 'archive';
// --only list: the list's arms alone (import through the app, first screen, search, filters,
// scroll), judged against their budgets; no raw import, export, MiniSearch or archive arm.
const onlyList = option('--only', null) === 'list';
// --trace-scroll FILE: a Chrome performance trace (timeline, GC, CPU samples) of the first scroll
// pass, written to FILE; `node bench/longTasks.mjs FILE` says what the long tasks in it were.
const traceScroll = option('--trace-scroll', null);
// --only overview: a generated journal written raw (each case, its list entry, money record and
// timeline), then the Overview opened over it (issue 12); much quicker than the whole run.
const onlyOverview = option('--only', null) === 'overview';
// --smoke: a small run inside `npm test`, so the benchmark never rots; its figures are not judged.
const smoke = args.includes('--smoke');
const caseCount = Number(option('--cases', smoke ? '2000' : '100000'));
const enforceBudgets = !smoke && !args.includes('--no-budgets');
const skipBuild = args.includes('--skip-build');
// Issue 11: the journal archive arm, 1,000 cases with 2 GB of attachments (a small one in the smoke run).
const archiveCases = Number(option('--archive-cases', smoke ? '100' : '1000'));
const archiveMB = Number(option('--archive-mb', smoke ? '40' : '2048'));
// The browser build's archive path (bytes in IndexedDB) is reported beside the desktop one; at 2 GB it takes minutes.
const skipArchiveBrowser = args.includes('--skip-archive-browser');
if (!Number.isInteger(caseCount) || caseCount < 100) throw new Error('--cases must be a whole number of at least 100');

const budgets = {
  importThroughputRatio: { min: 0.8 },
  importLongTasks: { max: 0 },
  exportTimeRatio: { max: 1.5 },
  // Issue 13: the first screen within 1.3× of the raw page's (median of paired loads).
  openTimeRatio: { max: 1.3 },
  searchP95Ms: { max: 50 },
  filterP95Ms: { max: 30 },
  scrollLongTasks: { max: 0 },
  // Issue 12: opening the Overview over the whole journal, no long task (over 50 ms) while it counts.
  overviewLongTasks: { max: 0 },
  // Issue 13: the app's index no slower than MiniSearch (p95, query → listed ids, same words and queries, same run).
  searchIndexVsMiniSearchP95Ratio: { max: 1 },
  heapAfterOpenMB: { max: 150 },
  // Issue 11: exporting to an archive and importing it back, each against copying the same bytes on
  // disk as they are written (the export: one archive file; the import: the attachment files, one
  // flushed file each, four at a time), and the peak memory of the process doing it: judged on the
  // desktop app's path (main and the attachment files; bench/archiveRun.mjs), the browser build's
  // reported beside it. The import against a copy of the one archive file is reported too.
  archiveExportThroughputRatio: { min: 0.5 },
  archiveImportThroughputRatio: { min: 0.5 },
  archivePeakMemoryMB: { max: 400 },
  initialJsGzipKB: { max: 400 },
};

// Every line says the machine's load (1-minute average): the machine is shared, and a figure means little without it.
const log = (...parts) => console.error(`[bench load ${loadavg()[0].toFixed(2)}]`, ...parts);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

if (!skipBuild) {
  log('building the renderer and the benchmark pages');
  // The CLIs' own scripts run by this Node: `npx` is `npx.cmd` on Windows, which execFile cannot start.
  const cli = (name, bin) => join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), 'bin', bin);
  const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(process.execPath, [cli('electron-vite', 'electron-vite.js'), 'build'], quiet);
  execFileSync(process.execPath, [cli('vite', 'vite.js'), 'build', '--config', 'vite.web.config.ts'], quiet);
  execFileSync(process.execPath, [cli('vite', 'vite.js'), 'build', '--config', 'bench/vite.config.mts'], quiet);
}

// The first screen's JavaScript is measured in the desktop app's build; the pages run the browser
// build (the same code but for the platform layer: a plain browser has no preload bridge).
const rendererDir = join(root, 'out/renderer');
const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
const initialScripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
const initialJsGzip = initialScripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file))).length, 0);

// Built files have content hashes in their names and are served as immutable, as any static host
// would: the browser then keeps them with their compiled code, as the desktop app does through its
// app:// scheme's V8 code cache. The same for the raw pages and the app.
const immutableAssets = {
  name: 'immutable-assets',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url?.includes('/assets/')) response.setHeader('Cache-Control', 'max-age=31536000, immutable');
      next();
    });
  },
};
const server = await preview({
  configFile: false,
  root,
  build: { outDir: 'out/web' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
  plugins: [immutableAssets],
});
const baseUrl = server.resolvedUrls.local[0];
const systemChromium = '/usr/bin/chromium';
// A profile on disk, as the desktop app has: the journal in an on-disk IndexedDB and compiled code
// cached between loads (an incognito context keeps neither). Fresh for every run, deleted after.
const profile = mkdtempSync(join(tmpdir(), 'cj-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  // V8 as the desktop app starts it (src/shared/rendererEngineFlags.ts); BENCH_JS_FLAGS tries others.
  args: [`--js-flags=${process.env.BENCH_JS_FLAGS ?? rendererJsFlags}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 820 },
  locale: 'en-US',
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('pageerror', (error) => log('page error:', error.message));
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');

async function heapMB() {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return round(usedSize / 1024 / 1024);
}

/** Records a performance trace through the DevTools protocol until `stop()`, which writes it to --trace-scroll's file. */
async function startTrace() {
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8',
    'v8.execute',
    'disabled-by-default-v8.gc',
    'disabled-by-default-v8.cpu_profiler',
    'blink.user_timing',
  ];
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      writeFileSync(traceScroll, JSON.stringify({ traceEvents: events }));
      log(`scroll trace: ${events.length} events written to ${traceScroll}`);
    },
  };
}

// 10 (issue 12): the Overview over the whole journal, opened from the header: click → its figures
// and chart on screen, and the long tasks meanwhile (it reads the money records in chunks, never
// a case). Three openings, Settings in between so each counts afresh; the budget takes the worst.
async function overviewArm(rounds) {
  const overviewPass = () =>
    page.evaluate(async () => {
      const headerButton = (name) => [...document.querySelectorAll('.app-header button')].find((button) => button.textContent === name);
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      headerButton('Settings').click();
      while (!document.querySelector('.settings')) await frame();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const longTasks = [];
      const observer = new PerformanceObserver((entries) => longTasks.push(...entries.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const started = performance.now();
      headerButton('Overview').click();
      while (!document.querySelector('.overview-chart-svg, .overview-no-closed')) {
        if (performance.now() - started > 120_000) throw new Error('the Overview never showed its chart');
        await frame();
      }
      const ms = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      const confirmed = document.querySelector('.overview [data-status="confirmed"] dd')?.textContent ?? '';
      return { ms, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks), confirmed, currencies: document.querySelectorAll('.overview-money tbody tr').length };
    });
  const overviewPasses = [];
  for (let pass = 0; pass < rounds; pass += 1) {
    log(`overview: opening ${pass + 1} of ${rounds}`);
    overviewPasses.push(await overviewPass());
  }
  const worse = (a, b) => b.longTasks > a.longTasks || (b.longTasks === a.longTasks && b.longestTaskMs > a.longestTaskMs);
  return { overview: overviewPasses.reduce((worst, pass) => (worse(worst, pass) ? pass : worst)), passes: overviewPasses };
}

async function journalArms() {
  // 1, 6: import and export, the app's path against raw Dexie, on the same generated journal.
  await page.goto(`${baseUrl}__bench__/index.html`);
  await page.waitForSelector('html[data-bench-ready]');
  log(`generating ${caseCount} cases`);
  const generated = await page.evaluate((n) => window.bench.generate(n), caseCount);
  let importRaw = null;
  if (!onlyList) {
    log('import: raw bulkAdd');
    importRaw = await page.evaluate(() => window.bench.importRaw());
  }
  log('import: the app (validate + write)');
  const importApp = await page.evaluate(() => window.bench.importViaApp());
  if (importApp.count !== caseCount || (importRaw && importRaw.count !== caseCount)) throw new Error('import counts do not match');
  let exportRaw = null;
  let exportApp = null;
  if (!onlyList) {
    log('export');
    exportRaw = await page.evaluate(() => window.bench.exportRaw());
    exportApp = await page.evaluate(() => window.bench.exportViaApp());
  }

  // 2: first screen after a reload, against a raw page doing one indexed query and 50 plain rows.
  // The mark is awaited through the DevTools protocol (a PerformanceObserver, no polling), so no
  // test-harness script runs inside the page while it loads.
  const firstRows = async (url, mark) => {
    await page.goto(url, { waitUntil: 'commit' });
    const observed = cdp.send('Runtime.evaluate', {
      awaitPromise: true,
      returnByValue: true,
      expression: `new Promise((resolve) => new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName(${JSON.stringify(mark)})[0];
        if (entry) { observer.disconnect(); resolve(entry.startTime); }
      }).observe({ type: 'mark', buffered: true }))`,
    });
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${url} never showed its first rows`)), 120_000));
    const { result } = await Promise.race([observed, timeout]);
    await databaseQuiet();
    return result.value;
  };
  // Work a page leaves running (the app counts the journal and loads its order after the first
  // screen) must not slow the next page's reads: wait until the database answers at once again.
  const databaseQuiet = () =>
    page.evaluate(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('cancellation-journal');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      for (let quickAnswers = 0; quickAnswers < 3 && performance.now() - started < 60_000; ) {
        const asked = performance.now();
        await new Promise((resolve) => {
          const request = db.transaction('settings').objectStore('settings').count();
          request.onsuccess = request.onerror = resolve;
        });
        quickAnswers = performance.now() - asked < 10 ? quickAnswers + 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      db.close();
    });
  const rawOpen = [];
  const appOpen = [];
  // Chromium keeps a script's compiled code from its second load on and uses it from the third, as
  // a desktop app opened every day does: the first two loads of each page only fill the caches.
  const warmUps = 2;
  const openRuns = smoke ? 3 : 9;
  for (let run = 0; run < warmUps + openRuns; run += 1) {
    rawOpen.push(await firstRows(`${baseUrl}__bench__/raw.html`, 'raw:first-rows'));
    appOpen.push(await firstRows(baseUrl, 'journal:first-rows'));
  }
  rawOpen.splice(0, warmUps);
  appOpen.splice(0, warmUps);
  await page.waitForSelector('html[data-journal-ready]');
  // The heap "after open" is the heap with the whole order and word index loaded (and packed).
  await page.waitForFunction(() => performance.getEntriesByName('journal:list-order-loaded').length > 0, null, { timeout: 120_000, polling: 100 });
  const orderLoadedMs = round(await page.evaluate(() => performance.getEntriesByName('journal:list-order-loaded')[0].startTime));
  const heapAfterOpen = await heapMB();

  // 3, 4: search and filters, timed until the list shows the answer.
  const measure = (steps) =>
    page.evaluate(async (steps) => {
      const pane = document.querySelector('.list-pane');
      const search = pane.querySelector('input[type="search"]');
      const [statusSelect, categorySelect] = pane.querySelectorAll('select');
      const setValue = (element, value, event) => {
        const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, value);
        element.dispatchEvent(new Event(event, { bubbles: true }));
      };
      const shown = (key) =>
        new Promise((resolve) => {
          if (pane.dataset.shownFilter === key) return resolve();
          const observer = new MutationObserver(() => {
            if (pane.dataset.shownFilter === key) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(pane, { attributes: true, attributeFilter: ['data-shown-filter'] });
        });
      const times = [];
      for (const step of steps) {
        const key = JSON.stringify(['journal', step.status || null, step.category || null, null, step.text]);
        const start = performance.now();
        if (search.value !== step.text) setValue(search, step.text, 'input');
        if (statusSelect.value !== step.status) setValue(statusSelect, step.status, 'change');
        if (categorySelect.value !== step.category) setValue(categorySelect, step.category, 'change');
        await shown(key);
        times.push(performance.now() - start);
      }
      return times;
    }, steps);
  const { searchQueries } = await import('./searchQueries.mjs');
  const statuses = ['draft', 'preparing', 'submitted', 'under_review', 'confirmed', 'rejected', 'withdrawn'];
  const categories = ['phone_esim', 'streaming', 'software', 'membership', 'utility', 'other'];
  const clear = { text: '', status: '', category: '' };
  // Three rounds of every search and filter; the budgets apply to the worst round.
  const rounds = 3;
  const searchRounds = [];
  const filterRounds = [];
  for (let r = 0; r < rounds; r += 1) {
    log(`search and filters: round ${r + 1} of ${rounds}`);
    const searchTimes = await measure(searchQueries.map((text) => ({ text, status: '', category: '' })));
    const statusTimes = await measure([clear, ...statuses.flatMap((status) => [{ ...clear, status }, clear])]);
    const categoryTimes = await measure([clear, ...categories.flatMap((category) => [{ ...clear, category }, clear])]);
    // With a search shown, the time to narrow it by status (the search itself is timed above).
    const comboTimes = [];
    for (const [i, status] of statuses.entries()) {
      const text = searchQueries[i * 3];
      await measure([{ text, status: '', category: '' }]);
      comboTimes.push(...(await measure([{ text, status, category: '' }])));
      await measure([clear]);
    }
    searchRounds.push({ p50Ms: round(percentile(searchTimes, 50)), p95Ms: round(percentile(searchTimes, 95)) });
    filterRounds.push({
      statusP95Ms: round(percentile(statusTimes, 95)),
      categoryP95Ms: round(percentile(categoryTimes, 95)),
      statusAndSearchP95Ms: round(percentile(comboTimes, 95)),
      p95Ms: round(percentile([...statusTimes, ...categoryTimes, ...comboTimes], 95)),
    });
  }
  const worstSearch = searchRounds.reduce((worst, r) => (r.p95Ms > worst.p95Ms ? r : worst));
  const worstFilter = filterRounds.reduce((worst, r) => (r.p95Ms > worst.p95Ms ? r : worst));

  // 5, 7: scroll the whole list, counting long tasks and slow frames; then the heap again.
  // Three passes, each from the top; the budget applies to the worst.
  const scrollPass = () =>
    page.evaluate(async () => {
      const list = document.querySelector('.case-list');
      const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
      // Back to the top, outside the counted time: the jump itself is not part of the pass.
      list.scrollTop = 0;
      await settle();
      const longTasks = [];
      const observer = new PerformanceObserver((entries) => longTasks.push(...entries.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const frames = [];
      let last = performance.now();
      const step = Math.max(list.clientHeight * 4, 4000);
      while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
        list.scrollTop += step;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      await settle();
      observer.disconnect();
      return {
        frames: frames.length,
        droppedFrames: frames.filter((ms) => ms > 1000 / 60 * 1.5).length,
        longTasks: longTasks.length,
        longestTaskMs: Math.max(0, ...longTasks),
      };
    });
  const scrollPasses = [];
  for (let pass = 0; pass < rounds; pass += 1) {
    log(`scroll: pass ${pass + 1} of ${rounds}`);
    const tracing = traceScroll && pass === 0 ? await startTrace() : null;
    scrollPasses.push({ ...(await scrollPass()), loadAverage: round(loadavg()[0], 2) });
    if (tracing) await tracing.stop();
  }
  const worse = (a, b) => b.longTasks > a.longTasks || (b.longTasks === a.longTasks && b.longestTaskMs > a.longestTaskMs);
  const scroll = scrollPasses.reduce((worst, pass) => (worse(worst, pass) ? pass : worst));
  const heapAfterScroll = await heapMB();
  if (onlyList) return { importApp, rawOpen, appOpen, orderLoadedMs, heapAfterOpen, worstSearch, worstFilter, searchRounds, filterRounds, scroll, scrollPasses, heapAfterScroll };

  // 10 (issue 12): the Overview, see overviewArm.
  const { overview, passes: overviewPasses } = await overviewArm(rounds);

  // 8: the app's word index against MiniSearch (issue 13), in the benchmark page: both built from the
  // same stored words, asked the same queries, query → the ids the list shows; heaps measured after a collection.
  log('search: the app\'s index against MiniSearch');
  await page.goto(`${baseUrl}__bench__/index.html`);
  await page.waitForSelector('html[data-bench-ready]');
  const indexedEntries = await page.evaluate(() => window.bench.searchArms.loadEntries());
  // Each index built, measured and asked alone, so neither pays for the other's heap in its collections.
  const armRounds = { app: [], miniSearch: [] };
  const armBuild = {};
  const armHeap = {};
  const armHits = {};
  const repeats = 5;
  for (const arm of ['app', 'miniSearch']) {
    const heapBefore = await heapMB();
    armBuild[arm] = (await page.evaluate((arm) => window.bench.searchArms.build(arm), arm)).ms;
    armHeap[arm] = round((await heapMB()) - heapBefore);
    // One round to warm up, untimed; then three, the worst counting.
    for (let r = 0; r <= rounds; r += 1) {
      const { times, hits } = await page.evaluate(({ arm, queries, repeats }) => window.bench.searchArms.query(arm, queries, repeats), { arm, queries: searchQueries, repeats });
      if (r > 0) armRounds[arm].push({ p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2) });
      armHits[arm] = hits;
    }
    if (arm === 'app') await page.evaluate(() => window.bench.searchArms.dropIndex('app'));
  }
  const differingQueries = await page.evaluate((queries) => window.bench.searchArms.differences(queries), searchQueries);
  await page.evaluate(() => window.bench.searchArms.drop());
  const worstArm = (arm) => armRounds[arm].reduce((worst, r) => (r.p95Ms > worst.p95Ms ? r : worst));
  const searchArms = {
    entries: indexedEntries,
    queries: searchQueries.length,
    repeatsPerQuery: repeats,
    differingQueries,
    hits: Object.fromEntries(searchQueries.map((query, i) => [query, armHits.app[i]])),
    app: { ...worstArm('app'), rounds: armRounds.app, buildMs: round(armBuild.app), heapMB: armHeap.app },
    miniSearch: { ...worstArm('miniSearch'), rounds: armRounds.miniSearch, buildMs: round(armBuild.miniSearch), heapMB: armHeap.miniSearch },
  };

  // 9: the journal archive (issue 11): its own browsers, see bench/archiveRun.mjs.
  const archive = await runArchiveArms({ baseUrl, cases: archiveCases, mb: archiveMB, log, browser: !skipArchiveBrowser });
  return { generated, importRaw, importApp, exportRaw, exportApp, rawOpen, appOpen, orderLoadedMs, heapAfterOpen, worstSearch, worstFilter, searchRounds, filterRounds, scroll, scrollPasses, heapAfterScroll, overview, overviewPasses, searchArms, differingQueries, archive };
}

/** The archive's ratios as reported: the judged ones, and the import against a copy of the archive file. */
function archiveRatios(archive, figures) {
  return {
    exportThroughputRatio: figures.archiveExportThroughputRatio,
    importThroughputRatio: figures.archiveImportThroughputRatio,
    importVsArchiveCopyRatio: round(archive.importMBPerSecond / archive.copyMBPerSecond, 3),
    peakMemoryMB: figures.archivePeakMemoryMB,
  };
}

/** The archive's figures against their budgets. */
function archiveFigures(archive) {
  return {
    archiveExportThroughputRatio: round(archive.exportMBPerSecond / archive.copyMBPerSecond, 3),
    archiveImportThroughputRatio: round(archive.importMBPerSecond / archive.fileCopyMBPerSecond, 3),
    archivePeakMemoryMB: Math.max(archive.memory.export.peakMB, archive.memory.import.peakMB),
  };
}

const judge = (figures) =>
  Object.entries(budgets)
    .filter(([name]) => name in figures)
    .filter(([name, budget]) => figures[name] === null || (budget.min !== undefined && figures[name] < budget.min) || (budget.max !== undefined && figures[name] > budget.max))
    .map(([name, budget]) => ({ figure: name, value: figures[name], budget }));

const machine = () => ({ cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30), loadAverage: loadavg().map((load) => round(load, 2)) });

try {
  let result;
  if (onlyOverview) {
    await page.goto(`${baseUrl}__bench__/index.html`);
    await page.waitForSelector('html[data-bench-ready]');
    log(`generating ${caseCount} cases, written raw`);
    await page.evaluate((n) => window.bench.generate(n), caseCount);
    await page.evaluate(() => window.bench.importRaw());
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-journal-ready]');
    const { overview, passes } = await overviewArm(3);
    const figures = { overviewLongTasks: overview.longTasks };
    result = {
      date: new Date().toISOString(),
      machine: machine(),
      cases: caseCount,
      overview: { ...overview, ms: round(overview.ms), longestTaskMs: round(overview.longestTaskMs), passes: passes.map((pass) => ({ ...pass, ms: round(pass.ms), longestTaskMs: round(pass.longestTaskMs) })) },
      budgets: Object.fromEntries(Object.entries(budgets).filter(([name]) => name in figures)),
      misses: judge(figures),
    };
  } else if (onlyArchive) {
    await context.close();
    const archive = await runArchiveArms({ baseUrl, cases: archiveCases, mb: archiveMB, log, browser: !skipArchiveBrowser });
    const figures = archiveFigures(archive);
    result = {
      date: new Date().toISOString(),
      machine: machine(),
      archive: { ...archive, ...archiveRatios(archive, figures) },
      budgets: Object.fromEntries(Object.entries(budgets).filter(([name]) => name in figures)),
      misses: judge(figures),
    };
  } else if (onlyList) {
    const { importApp, rawOpen, appOpen, orderLoadedMs, heapAfterOpen, worstSearch, worstFilter, searchRounds, filterRounds, scroll, scrollPasses, heapAfterScroll } = await journalArms();
    const figures = {
      importLongTasks: importApp.longTasks,
      openTimeRatio: round(median(appOpen.map((ms, i) => ms / rawOpen[i])), 2),
      searchP95Ms: worstSearch.p95Ms,
      filterP95Ms: worstFilter.p95Ms,
      scrollLongTasks: scroll.longTasks,
      heapAfterOpenMB: heapAfterOpen,
      initialJsGzipKB: round(initialJsGzip / 1024),
    };
    result = {
      date: new Date().toISOString(),
      only: 'list',
      machine: { ...machine(), browser: context.browser()?.version() ?? 'chromium' },
      cases: caseCount,
      import: { appMs: round(importApp.ms), longTasks: importApp.longTasks, longestTaskMs: round(importApp.longestTaskMs) },
      open: { appMs: round(median(appOpen)), rawMs: round(median(rawOpen)), ratio: figures.openTimeRatio, orderLoadedMs, runs: { appMs: appOpen.map((ms) => round(ms)), rawMs: rawOpen.map((ms) => round(ms)) } },
      search: { p50Ms: worstSearch.p50Ms, p95Ms: worstSearch.p95Ms, rounds: searchRounds },
      filter: { ...worstFilter, rounds: filterRounds },
      scroll: { ...scroll, longestTaskMs: round(scroll.longestTaskMs), passes: scrollPasses.map((pass) => ({ ...pass, longestTaskMs: round(pass.longestTaskMs) })) },
      memory: { heapAfterOpenMB: heapAfterOpen, heapAfterScrollMB: heapAfterScroll },
      bundle: { initialJsGzipBytes: initialJsGzip, files: initialScripts },
      budgets: Object.fromEntries(Object.entries(budgets).filter(([name]) => name in figures)),
      misses: judge(figures),
    };
  } else {
  const { generated, importRaw, importApp, exportRaw, exportApp, rawOpen, appOpen, orderLoadedMs, heapAfterOpen, worstSearch, worstFilter, searchRounds, filterRounds, scroll, scrollPasses, heapAfterScroll, overview, overviewPasses, searchArms, differingQueries, archive } = await journalArms();
  const figures = {
    importThroughputRatio: round(importRaw.ms / importApp.ms, 2),
    importLongTasks: importApp.longTasks,
    exportTimeRatio: round(exportApp.ms / exportRaw.ms, 2),
    // Each app load is paired with the raw load just before it (same disk cache, same machine state).
    openTimeRatio: round(median(appOpen.map((ms, i) => ms / rawOpen[i])), 2),
    searchP95Ms: worstSearch.p95Ms,
    // Issue 13, apples to apples: the app's index and MiniSearch, query → listed ids, same words, queries, page and run.
    searchIndexVsMiniSearchP95Ratio: differingQueries.length === 0 ? round(searchArms.app.p95Ms / searchArms.miniSearch.p95Ms, 2) : null,
    filterP95Ms: worstFilter.p95Ms,
    scrollLongTasks: scroll.longTasks,
    overviewLongTasks: overview.longTasks,
    heapAfterOpenMB: heapAfterOpen,
    initialJsGzipKB: round(initialJsGzip / 1024),
    ...archiveFigures(archive),
  };
  result = {
    date: new Date().toISOString(),
    machine: { ...machine(), browser: context.browser()?.version() ?? 'chromium' },
    cases: caseCount,
    journalFileMB: round(generated.bytes / 2 ** 20),
    import: {
      appCasesPerSecond: Math.round(caseCount / (importApp.ms / 1000)),
      rawCasesPerSecond: Math.round(caseCount / (importRaw.ms / 1000)),
      appMs: round(importApp.ms),
      rawMs: round(importRaw.ms),
      rawCasesTableOnlyMs: round(importRaw.casesOnlyMs),
      ratio: figures.importThroughputRatio,
      longTasks: importApp.longTasks,
      longestTaskMs: round(importApp.longestTaskMs),
    },
    open: {
      appMs: round(median(appOpen)),
      rawMs: round(median(rawOpen)),
      ratio: figures.openTimeRatio,
      runs: { appMs: appOpen.map((ms) => round(ms)), rawMs: rawOpen.map((ms) => round(ms)) },
      // From the last opening's start until the whole order and word index are in memory (idle time after the first screen).
      orderLoadedMs,
    },
    search: {
      // Keystroke → the list shows the answer (the app's whole path, React render included); worst of the rounds.
      queries: searchArms.queries,
      p50Ms: worstSearch.p50Ms,
      p95Ms: figures.searchP95Ms,
      rounds: searchRounds,
      // Query → the ids the list shows (no render), in the benchmark page: the app's index and MiniSearch over the same words.
      appIndex: searchArms.app,
      miniSearch: searchArms.miniSearch,
      differingQueries: searchArms.differingQueries,
      repeatsPerQuery: searchArms.repeatsPerQuery,
      indexedEntries: searchArms.entries,
      hits: searchArms.hits,
      // Not judged: keystroke → list against query → ids is not the same work.
      keystrokeP95VsMiniSearchP95Ratio: round(figures.searchP95Ms / searchArms.miniSearch.p95Ms, 2),
      indexVsMiniSearchP95Ratio: figures.searchIndexVsMiniSearchP95Ratio,
    },
    filter: { ...worstFilter, rounds: filterRounds },
    scroll: { ...scroll, longestTaskMs: round(scroll.longestTaskMs), passes: scrollPasses.map((pass) => ({ ...pass, longestTaskMs: round(pass.longestTaskMs) })) },
    overview: { ...overview, ms: round(overview.ms), longestTaskMs: round(overview.longestTaskMs), passes: overviewPasses.map((pass) => ({ ...pass, ms: round(pass.ms), longestTaskMs: round(pass.longestTaskMs) })) },
    export: { appMs: round(exportApp.ms), rawMs: round(exportRaw.ms), ratio: figures.exportTimeRatio },
    memory: { heapAfterOpenMB: heapAfterOpen, heapAfterScrollMB: heapAfterScroll },
    archive: {
      ...archive,
      ...archiveRatios(archive, figures),
    },
    bundle: { initialJsGzipBytes: initialJsGzip, files: initialScripts },
    budgets,
    misses: judge(figures),
  };
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/${smoke ? 'smoke' : onlyList ? 'list' : onlyArchive ? 'archive' : 'latest'}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  if (result.misses.length > 0) {
    log(`${result.misses.length} figure(s) missed the budget: ${result.misses.map((miss) => miss.figure).join(', ')}`);
    if (enforceBudgets) process.exitCode = 1;
  } else {
    log('all figures within budget');
  }
} finally {
  // A browser that does not close in time, or a connection kept alive, must not keep the run (and
  // `npm test`) waiting: the figures are written by now.
  await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  rmSync(profile, { recursive: true, force: true });
  server.httpServer.closeAllConnections?.();
  await Promise.race([new Promise((resolve) => server.httpServer.close(resolve)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
}
process.exit(process.exitCode ?? 0);
