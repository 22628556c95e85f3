import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isOurTemporaryName, sweepTemporaryFiles } from './atomicWrite';

/**
 * A write killed at any moment leaves the target either as it was or complete: a child process
 * writes a large file atomically over and over and is killed (SIGKILL, no clean-up of any kind) at
 * random moments. `npm test` runs a short version; ATOMIC_WRITE_KILLS=1000 ATOMIC_WRITE_BYTES=50000000
 * runs a long one.
 */
const kills = Number(process.env.ATOMIC_WRITE_KILLS ?? 50);
const fileBytes = Number(process.env.ATOMIC_WRITE_BYTES ?? 2_000_000);

/** Every version of the file is made from its number alone, so its hash can be checked afterwards. */
const versionSource = `
export function version(n, bytes) {
  const header = Buffer.from('version ' + String(n).padStart(10, '0') + '\\n');
  const body = Buffer.alloc(bytes - header.length, 'version ' + n + ' of the journal; ');
  return Buffer.concat([header, body]);
}`;

const childSource = `
import { writeFileAtomically } from './atomicWrite.mjs';
import { version } from './version.mjs';
const [target, bytes, from] = process.argv.slice(2).map((arg, i) => (i === 0 ? arg : Number(arg)));
process.stdout.write('ready\\n');
for (let n = from; ; n += 1) await writeFileAtomically(target, version(n, bytes));
`;

async function prepareChild(dir: string): Promise<string> {
  // The child runs the real module, compiled from its TypeScript (it imports nothing of ours).
  const source = await readFile(join(import.meta.dirname, 'atomicWrite.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  await writeFile(join(dir, 'atomicWrite.mjs'), outputText);
  await writeFile(join(dir, 'version.mjs'), versionSource);
  await writeFile(join(dir, 'child.mjs'), childSource);
  return join(dir, 'child.mjs');
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Starts the writer, waits until it is running, lets it write for `ms` and kills it. */
function runAndKill(child: string, target: string, from: number, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const writer = spawn(process.execPath, [child, target, String(fileBytes), String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    writer.stdout.once('data', () => setTimeout(() => writer.kill('SIGKILL'), ms));
    writer.on('error', reject);
    writer.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer stopped by itself: ${errors}`))));
  });
}

describe('an atomic write killed at random moments', () => {
  it(`leaves the old file or a complete new one, ${kills} times, and the start-up sweep removes every leftover`, async () => {
    const work = await mkdtemp(join(tmpdir(), 'cj-kill-'));
    const child = await prepareChild(work);
    const { version } = (await import(/* @vite-ignore */ join(work, 'version.mjs'))) as { version: (n: number, bytes: number) => Buffer };
    const folder = await mkdtemp(join(tmpdir(), 'cj-kill-target-'));
    const target = join(folder, 'journal-backup.json');
    await writeFile(target, version(0, fileBytes));

    const numberIn = (bytes: Buffer) => Number(bytes.subarray(8, 18).toString());
    // How long one write takes on this machine, so that the kills land within the first few writes.
    const calibrationMs = 400;
    await runAndKill(child, target, 1, calibrationMs);
    let seen = numberIn(await readFile(target));
    const writeMs = calibrationMs / Math.max(1, seen);
    for (let kill = 0; kill < kills; kill += 1) {
      await runAndKill(child, target, seen + 1, Math.random() * writeMs * 3);
      const bytes = await readFile(target);
      const n = numberIn(bytes);
      // Either the file as it was before this run or a version the child wrote whole.
      expect(n).toBeGreaterThanOrEqual(seen);
      expect(bytes.length).toBe(fileBytes);
      expect(hashOf(bytes)).toBe(hashOf(version(n, fileBytes)));
      seen = n;
    }
    // The kills must have hit writes under way, or this test proves nothing about them.
    expect((await readdir(folder)).filter(isOurTemporaryName).length).toBeGreaterThan(0);
    await sweepTemporaryFiles(folder);
    expect(await readdir(folder)).toEqual(['journal-backup.json']);
  }, 120_000);
});
