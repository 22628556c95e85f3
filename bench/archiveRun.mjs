// The journal archive arm of the benchmark (issue 11): a journal of `cases` cases with `mb` MB of
// attachments is exported to an archive and imported back into a fresh database, each through the
// app's own path in the browser build, against fs.copyFile of the same archive.
//
// Memory is measured where the work is done, from a fresh browser: seeding runs in one browser,
// which is then closed; the export runs in a newly launched one and the import in another, so no
// earlier arm's pages or garbage count. Every 200 ms the runner sums the proportional set size (PSS:
// shared pages split among the processes sharing them, so the sum is not inflated by the shared
// Chromium binary; RSS where /proc has no smaps_rollup) of this browser's own processes: the browser
// process, which does what the desktop app's main process does with the file (the download here,
// and IndexedDB's backend, which in Electron also lives in the main process), and the renderer
// processes (the page, and its workers, which run inside the page's process), and the storage
// service, where Chromium keeps IndexedDB's backend. The GPU, network and other utility processes and
// the renderer of Chromium's own interface are reported beside it, not counted.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { copyFile, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { chromium } from '@playwright/test';

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const systemChromium = '/usr/bin/chromium';

/** Every process below `root` (the browser Playwright launched and its children), with its type. */
function processTree(root) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter(Boolean)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
  const children = new Map();
  for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row]);
  const found = [];
  const walk = (pid) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child.pid);
    }
  };
  walk(root);
  return found.filter((row) => /chrom/i.test(row.args));
}

/** Proportional set size in KB (RSS where the kernel does not say). */
function memoryKB(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const pss = rollup.match(/^Pss:\s+(\d+) kB/m);
    if (pss) return Number(pss[1]);
  } catch {
    // Not Linux, or the process has just ended.
  }
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || 0;
  } catch {
    return 0;
  }
}

/**
 * Which processes do the archive's work: the browser process; the storage service, where Chromium
 * keeps IndexedDB's backend; and the renderers but for the browser's own interface (`--top-chrome-webui`,
 * which the desktop app does not have). A spare renderer Chromium keeps ready is counted with them.
 */
function kindOf(args) {
  const type = args.match(/--type=([\w-]+)/)?.[1];
  if (!type) return 'browser';
  if (type === 'renderer') return args.includes('--top-chrome-webui') ? 'other' : 'renderer';
  if (args.includes('storage.mojom.StorageService')) return 'storage';
  return 'other';
}

/** Samples this browser's memory every 200 ms until stopped; returns the peaks and the first sample. */
function memorySampler() {
  const samples = [];
  const sample = () => {
    const sums = { browser: 0, renderer: 0, storage: 0, other: 0 };
    for (const { pid, args } of processTree(process.pid)) sums[kindOf(args)] += memoryKB(pid);
    const mb = (kb) => round(kb / 1024);
    samples.push({ workMB: mb(sums.browser + sums.renderer + sums.storage), browserMB: mb(sums.browser), rendererMB: mb(sums.renderer), storageMB: mb(sums.storage), otherMB: mb(sums.other) });
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const peak = (key) => Math.max(...samples.map((s) => s[key]));
      return {
        atStartMB: samples[0].workMB,
        peakMB: peak('workMB'),
        peakBrowserMB: peak('browserMB'),
        peakRendererMB: peak('rendererMB'),
        peakStorageServiceMB: peak('storageMB'),
        peakOtherProcessesMB: peak('otherMB'),
        samples: samples.length,
      };
    },
  };
}

async function launch(profile, baseUrl, log) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => log('page error:', error.message));
  if (process.env.BENCH_CONSOLE) page.on('console', (message) => log('page:', message.text()));
  await page.goto(`${baseUrl}__bench__/index.html`);
  await page.waitForSelector('html[data-bench-ready]');
  // Let start-up settle (the first paint, the service processes) before anything is measured.
  await page.waitForTimeout(1000);
  return { context, page };
}

const close = (context) => Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]);

/** Runs the arm in a browser profile of its own (the journal arms' browser may still hold theirs), removed after. */
export async function runArchiveArm({ baseUrl, cases, mb, log }) {
  const profile = mkdtempSync(join(tmpdir(), 'cj-bench-archive-'));
  try {
    return await archiveArm({ baseUrl, profile, cases, mb, log });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function archiveArm({ baseUrl, profile, cases, mb, log }) {
  const mbPerSecond = (bytes, ms) => round(bytes / 2 ** 20 / (ms / 1000));

  log(`archive: seeding ${cases} cases with ${mb} MB of attachments`);
  let { context, page } = await launch(profile, baseUrl, log);
  const seeded = await page.evaluate(({ cases, bytes }) => window.bench.archiveArm.seed(cases, bytes), { cases, bytes: mb * 2 ** 20 });
  await close(context);

  log('archive: export (a fresh browser)');
  ({ context, page } = await launch(profile, baseUrl, log));
  let memory = memorySampler();
  let began = performance.now();
  const [download, exported] = await Promise.all([page.waitForEvent('download', { timeout: 0 }), page.evaluate(() => window.bench.archiveArm.exportArchive())]);
  const archivePath = join(profile, 'exported-archive.zip');
  await download.saveAs(archivePath);
  const exportMs = performance.now() - began;
  const exportMemory = memory.stop();
  const exportLoad = loadavg()[0];
  await close(context);
  const archiveBytes = statSync(archivePath).size;

  log('archive: copying the same bytes on disk');
  const copyPath = join(profile, 'copy-of-archive.zip');
  const copies = [];
  // The best of three: the first copy may wait for the export's pages to reach the disk.
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    copyFileSync(archivePath, copyPath);
    copies.push(performance.now() - start);
    rmSync(copyPath, { force: true });
  }
  const copyMs = Math.min(...copies);

  log('archive: import into a fresh database (a fresh browser)');
  ({ context, page } = await launch(profile, baseUrl, log));
  await page.evaluate(() => window.bench.archiveArm.emptyDatabase());
  await page.setInputFiles('#archive-file', archivePath);
  memory = memorySampler();
  began = performance.now();
  const imported = await page.evaluate(() => window.bench.archiveArm.importArchive());
  const importMs = performance.now() - began;
  const importMemory = memory.stop();
  const importLoad = loadavg()[0];
  await close(context);
  rmSync(archivePath, { force: true });
  if (imported.cases !== cases || imported.attachments !== seeded.attachments) throw new Error(`archive import incomplete: ${JSON.stringify(imported)}`);

  return {
    cases,
    attachments: seeded.attachments,
    attachmentMB: round(seeded.attachmentBytes / 2 ** 20),
    archiveMB: round(archiveBytes / 2 ** 20),
    exportMs: round(exportMs),
    importMs: round(importMs),
    copyMs: round(copyMs),
    copyRunsMs: copies.map((ms) => round(ms)),
    exportMBPerSecond: mbPerSecond(archiveBytes, exportMs),
    importMBPerSecond: mbPerSecond(archiveBytes, importMs),
    copyMBPerSecond: mbPerSecond(archiveBytes, copyMs),
    // Where the time went, as the page saw it (ms from the start of each).
    exportPhases: exported.phases,
    importPhases: imported.phases,
    // Raw IndexedDB in the same browser, for scale: bulkGet / bulkAdd of the same attachment bytes.
    rawIndexedDb: { readMBPerSecond: seeded.rawReadMBPerSecond, writeMBPerSecond: seeded.rawWriteMBPerSecond },
    memory: { measured: 'PSS of the browser process + the storage service (IndexedDB) + the renderers (the page and its workers; not the browser UI renderer), sampled every 200 ms, each step in a freshly launched browser', export: exportMemory, import: importMemory },
    loadAverage: { export: round(exportLoad, 2), import: round(importLoad, 2) },
  };
}

/** Runs one phase of the desktop arm in a Node process of its own, sampling its memory (PSS) every 200 ms. */
function desktopPhase(phase, dir, extra = []) {
  return new Promise((resolvePhase, rejectPhase) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'desktopArchivePhase.mjs'), phase, dir, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const samples = [];
    const sample = () => samples.push(memoryKB(child.pid));
    const timer = setInterval(sample, 200);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', rejectPhase);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return rejectPhase(new Error(`desktop archive ${phase} failed (${code})`));
      const result = JSON.parse(output.trim().split('\n').at(-1));
      resolvePhase({ ...result, peakMB: round(Math.max(0, ...samples) / 1024), samples: samples.length });
    });
  });
}

/** Flushes a file to disk (for the durable copy beside fs.copyFile). */
function copyDurably(from, to) {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The attachment files copied into an empty folder the way the import must store them, four at a
 * time as the import works: each copied under a temporary name, flushed, then named, and each
 * folder flushed at the end. Returns the milliseconds taken.
 */
async function copyFilesDurably(from, to) {
  const started = performance.now();
  const copies = [];
  for (const folder of readdirSync(from)) {
    mkdirSync(join(to, folder), { recursive: true });
    for (const name of readdirSync(join(from, folder))) copies.push([folder, name]);
  }
  const copyOne = async ([folder, name]) => {
    const temporary = join(to, folder, `.${name}.tmp`);
    await copyFile(join(from, folder, name), temporary);
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, join(to, folder, name));
  };
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < copies.length) await copyOne(copies[next++]);
  }));
  for (const folder of readdirSync(to)) {
    const handle = await open(join(to, folder), 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  return performance.now() - started;
}

/**
 * The desktop app's archive path (issue 11): the attachment bytes are files owned by the main
 * process, which writes the archive from them and unpacks an archive into them. Main's own modules
 * run under Node here (no Electron binary is needed for the file work), each phase in a Node process
 * of its own whose memory is sampled (PSS, every 200 ms). The window's part — journal.json out,
 * records in — is not in these figures (see the README).
 */
export async function runDesktopArchiveArm({ cases, mb, log }) {
  const dir = mkdtempSync(join(tmpdir(), 'cj-bench-desktop-archive-'));
  const mbPerSecond = (bytes, ms) => round(bytes / 2 ** 20 / (ms / 1000));
  try {
    log(`archive (desktop): seeding ${cases} cases with ${mb} MB of attachment files`);
    const seeded = await desktopPhase('seed', dir, [String(cases), String(mb * 2 ** 20)]);
    // The seed's pages reach the disk before anything is measured.
    execFileSync('sync');
    log('archive (desktop): export (main writes the zip from the attachment files)');
    const exportLoad = loadavg()[0];
    const exported = await desktopPhase('export', dir);
    const archivePath = join(dir, 'archive.zip');
    const archiveBytes = statSync(archivePath).size;
    execFileSync('sync');
    log('archive (desktop): copying the same bytes on disk');
    const copyPath = join(dir, 'copy-of-archive.zip');
    const copies = [];
    const durableCopies = [];
    for (let run = 0; run < 3; run += 1) {
      let start = performance.now();
      copyFileSync(archivePath, copyPath);
      copies.push(performance.now() - start);
      rmSync(copyPath, { force: true });
      start = performance.now();
      copyDurably(archivePath, copyPath);
      durableCopies.push(performance.now() - start);
      rmSync(copyPath, { force: true });
    }
    const copyMs = Math.min(...copies);
    // The import's like-for-like: the same attachment bytes stored as the import stores them, one
    // flushed file each (2,000 files cost 2,000 inodes and flushes that one copied archive does not).
    log('archive (desktop): copying the attachment files as files, each flushed');
    const seededFiles = join(dir, 'profile', 'attachments');
    const fileCopies = [];
    for (let run = 0; run < 3; run += 1) {
      const copyFolder = join(dir, 'copy-of-attachments');
      fileCopies.push(await copyFilesDurably(seededFiles, copyFolder));
      rmSync(copyFolder, { recursive: true, force: true });
      execFileSync('sync');
    }
    const fileCopyMs = Math.min(...fileCopies);
    log('archive (desktop): import (main checks the zip and unpacks it into a fresh profile’s attachment files)');
    const importLoad = loadavg()[0];
    const imported = await desktopPhase('import', dir);
    if (imported.added !== seeded.attachments) throw new Error(`desktop archive import incomplete: ${JSON.stringify(imported)}`);
    return {
      path: 'desktop: main process, attachment files',
      cases,
      attachments: seeded.attachments,
      attachmentMB: round(seeded.attachmentBytes / 2 ** 20),
      archiveMB: round(archiveBytes / 2 ** 20),
      exportMs: round(exported.ms),
      importMs: round(imported.ms),
      copyMs: round(copyMs),
      copyRunsMs: copies.map((ms) => round(ms)),
      durableCopyRunsMs: durableCopies.map((ms) => round(ms)),
      fileCopyMs: round(fileCopyMs),
      fileCopyRunsMs: fileCopies.map((ms) => round(ms)),
      exportMBPerSecond: mbPerSecond(archiveBytes, exported.ms),
      importMBPerSecond: mbPerSecond(archiveBytes, imported.ms),
      copyMBPerSecond: mbPerSecond(archiveBytes, copyMs),
      durableCopyMBPerSecond: mbPerSecond(archiveBytes, Math.min(...durableCopies)),
      fileCopyMBPerSecond: mbPerSecond(seeded.attachmentBytes, fileCopyMs),
      memory: {
        measured: 'PSS of the Node process doing main’s work, sampled every 200 ms, each phase in a fresh process',
        export: { peakMB: exported.peakMB, samples: exported.samples },
        import: { peakMB: imported.peakMB, samples: imported.samples },
      },
      loadAverage: { export: round(exportLoad, 2), import: round(importLoad, 2) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Both archive paths: the desktop app's (judged: main writes and unpacks the archive from and into
 * the attachment files) and the browser build's (reported: the page's worker with the bytes in
 * IndexedDB, as the browser build still keeps them). `browser: false` skips the second (slow at 2 GB).
 */
export async function runArchiveArms({ baseUrl, cases, mb, log, browser = true }) {
  const desktop = await runDesktopArchiveArm({ cases, mb, log });
  const browserIndexedDb = browser ? await runArchiveArm({ baseUrl, cases, mb, log }) : 'skipped (--skip-archive-browser)';
  return { ...desktop, browserIndexedDb };
}
