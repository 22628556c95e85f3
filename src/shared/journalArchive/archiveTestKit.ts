import { sha256Hex } from '../journalFile/base64';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, JOURNAL_ENTRY, MANIFEST_ENTRY, attachmentEntryName, type ManifestFile } from './archiveFormat';
import type { RandomAccessBytes } from './readJournalArchive';
import { Uint8ArrayReader, ZipWriter } from './zipLibrary';

/** Bytes in memory, read at any offset: an archive for the tests. */
export function bytesSource(bytes: Uint8Array): RandomAccessBytes {
  return { size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

/** Everything a WritableStream was given, joined. */
export function collectingSink(): { sink: WritableStream<Uint8Array>; bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  const sink = new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk.slice()) });
  return {
    sink,
    bytes: () => {
      const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        all.set(chunk, at);
        at += chunk.length;
      }
      return all;
    },
  };
}

export interface RawEntry {
  name: string;
  bytes: Uint8Array;
  level?: number;
}

/** A zip of exactly these entries, in this order, with no checks: for making damaged archives. */
export async function rawZip(entries: RawEntry[]): Promise<Uint8Array> {
  const { sink, bytes } = collectingSink();
  const writer = new ZipWriter(sink, { keepOrder: true });
  for (const entry of entries) await writer.add(entry.name, new Uint8ArrayReader(entry.bytes), { level: entry.level ?? 0 });
  await writer.close();
  return bytes();
}

/** A manifest entry listing `files` (for a journal and attachments made by hand). */
export async function manifestFor(files: { name: string; bytes: Uint8Array }[], change: (manifest: Record<string, unknown>) => void = () => undefined): Promise<RawEntry> {
  const listed: ManifestFile[] = [];
  for (const file of files) listed.push({ name: file.name, size: file.bytes.length, sha256: await sha256Hex(file.bytes) });
  const manifest: Record<string, unknown> = { format: ARCHIVE_FORMAT, version: ARCHIVE_FORMAT_VERSION, createdAt: '2026-11-23T10:00:00.000Z', files: listed };
  change(manifest);
  return { name: MANIFEST_ENTRY, bytes: new TextEncoder().encode(JSON.stringify(manifest)) };
}

/** A well-formed archive of a journal text and some attachments, made by hand. */
export async function handMadeArchive(journal: string, attachments: Uint8Array[], extra: RawEntry[] = []): Promise<Uint8Array> {
  const files: { name: string; bytes: Uint8Array }[] = [{ name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journal) }];
  for (const bytes of attachments) files.push({ name: attachmentEntryName(await sha256Hex(bytes)), bytes });
  return rawZip([...files, ...extra, await manifestFor(files)]);
}

/** Replaces every occurrence of `from` in `bytes` with `to` (same length): a name in both of a zip's headers. */
export function replaceBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = new TextEncoder().encode(from);
  const b = new TextEncoder().encode(to);
  if (a.length !== b.length) throw new Error('same length only');
  const out = bytes.slice();
  for (let i = 0; i + a.length <= out.length; i += 1) {
    if (a.every((byte, k) => out[i + k] === byte)) out.set(b, i);
  }
  return out;
}
