// One phase of the desktop archive arm (issue 11), run in a Node process of its own so its memory is
// the main process's work alone: `seed`, `export` or `import`. Main's plain modules are loaded as
// the app builds them (TypeScript through jiti, with the app's `@shared` alias); nothing of Electron
// is needed for the file work. Prints one JSON line.
import { randomFillSync, createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@shared': join(root, 'src/shared') } });
const { AttachmentStore } = await jiti.import(join(root, 'src/main/files/attachmentStore.ts'));
const { writeArchiveFromStore, unpackArchiveToStore } = await jiti.import(join(root, 'src/main/files/archiveFromStore.ts'));

const [phase, dir, casesText, bytesText] = process.argv.slice(2);
const attachmentsPerCase = 2;
const started = performance.now();
const report = (result) => console.log(JSON.stringify({ phase, ms: performance.now() - started, ...result }));

if (phase === 'seed') {
  const { generateCases } = await jiti.import(join(root, 'bench/generateJournal.ts'));
  const cases = generateCases(Number(casesText));
  const size = Math.floor(Number(bytesText) / (cases.length * attachmentsPerCase));
  const store = new AttachmentStore(join(dir, 'profile', 'attachments'));
  const bytes = new Uint8Array(size);
  for (const [index, fileCase] of cases.entries()) {
    fileCase.attachments = [];
    for (let k = 0; k < attachmentsPerCase; k += 1) {
      // Bytes that do not compress (scans and photos hardly do).
      randomFillSync(bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      // Seeding is not measured: no flush to disk needed.
      await store.putPieces(sha256, [bytes], { sync: false });
      fileCase.attachments.push({ id: crypto.randomUUID(), name: `scan ${index + 1}-${k + 1}.png`, mediaType: 'image/png', size, sha256, addedAt: fileCase.createdAt, kind: 'screenshot', stepId: null, deletedAt: null });
    }
  }
  // journal.json as the window hands it to main: the cases, attachments listed without their bytes.
  writeFileSync(join(dir, 'journal.json'), JSON.stringify({ format: 'cancellation-journal', version: 4, exportedAt: new Date().toISOString(), cases }));
  report({ cases: cases.length, attachments: cases.length * attachmentsPerCase, attachmentBytes: size * cases.length * attachmentsPerCase });
} else if (phase === 'export') {
  const store = new AttachmentStore(join(dir, 'profile', 'attachments'));
  const journalJson = readFileSync(join(dir, 'journal.json'));
  const { cases } = JSON.parse(journalJson.toString('utf8'));
  const attachments = cases.flatMap((fileCase) => fileCase.attachments.map(({ name, sha256, size }) => ({ name, sha256, size })));
  const written = await writeArchiveFromStore(join(dir, 'archive.zip'), journalJson, attachments, store);
  report({ archiveBytes: written.size });
} else if (phase === 'import') {
  const store = new AttachmentStore(join(dir, 'fresh profile', 'attachments'));
  const unpacked = await unpackArchiveToStore(join(dir, 'archive.zip'), store);
  if (!unpacked.ok) throw new Error(`archive refused: ${JSON.stringify(unpacked.problem)}`);
  report({ attachments: unpacked.attachments.size, added: unpacked.added.length, journalBytes: unpacked.journalBytes.length });
} else throw new Error(`unknown phase ${phase}`);
