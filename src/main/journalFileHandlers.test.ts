import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { ipcContract } from '@shared/ipc/contract';

const dialogs = vi.hoisted(() => ({ save: null as string | null, open: null as string | null }));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async () => (dialogs.save ? { canceled: false, filePath: dialogs.save } : { canceled: true, filePath: '' }),
    showOpenDialog: async () => (dialogs.open ? { canceled: false, filePaths: [dialogs.open] } : { canceled: true, filePaths: [] }),
  },
}));

const { archiveStoreHandlers, journalFileHandlers } = await import('./journalFileHandlers');
const { AttachmentStore } = await import('./files/attachmentStore');
const { ArchiveFiles } = await import('./files/archiveFiles');
const handlers = journalFileHandlers();
const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')) };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cj-handlers-'));
  dialogs.save = null;
  dialogs.open = null;
  sender.printToPDF.mockClear();
});

describe('journal file handlers', () => {
  it('save JSON where the user chose, or nothing when they cancel', async () => {
    expect(await handlers[IpcChannel.saveJournalJson]({ suggestedName: 'a.json', contents: new TextEncoder().encode('{}') }, sender)).toEqual({ status: 'canceled' });
    dialogs.save = join(dir, 'journal.json');
    expect(await handlers[IpcChannel.saveJournalJson]({ suggestedName: 'a.json', contents: new TextEncoder().encode('{"ok":1}') }, sender)).toEqual({
      status: 'saved',
      path: dialogs.save,
    });
    expect(await readFile(dialogs.save, 'utf8')).toBe('{"ok":1}');
  });

  it('open JSON the user chose', async () => {
    expect(await handlers[IpcChannel.openJournalFile](undefined, sender)).toEqual({ status: 'canceled' });
    dialogs.open = join(dir, 'in.json');
    await writeFile(dialogs.open, '{"format":"cancellation-journal"}');
    // The bytes as they are: the renderer checks them (UTF-8, then the format) off its main thread.
    const opened = await handlers[IpcChannel.openJournalFile](undefined, sender);
    expect(opened).toMatchObject({ status: 'opened', name: 'in.json' });
    expect(opened.status === 'opened' && new TextDecoder().decode(opened.bytes)).toBe('{"format":"cancellation-journal"}');
  });

  it('print the report page to a tagged PDF with an outline and page numbers', async () => {
    dialogs.save = join(dir, 'report.pdf');
    const result = await handlers[IpcChannel.saveReportPdf](
      { suggestedName: 'r.pdf', paperSize: 'Letter', footer: 'Generated <today>', language: 'en' },
      sender,
    );
    expect(result).toEqual({ status: 'saved', path: dialogs.save });
    expect(sender.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter', generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: true }),
    );
    const options = sender.printToPDF.mock.calls[0] as unknown as [{ footerTemplate: string }];
    expect(options[0].footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(options[0].footerTemplate).toContain('lang="en"');
    expect(options[0].footerTemplate).toContain('Generated &#60;today&#62;');
    expect(await readFile(dialogs.save, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('word the footer in the language the renderer says the interface speaks, and only in a known one', async () => {
    dialogs.save = join(dir, 'report.pdf');
    await handlers[IpcChannel.saveReportPdf]({ suggestedName: 'r.pdf', paperSize: 'A4', footer: '生成于今天', language: 'zh-CN' }, sender);
    const options = sender.printToPDF.mock.calls[0] as unknown as [{ footerTemplate: string }];
    expect(options[0].footerTemplate).toContain('第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页');
    expect(options[0].footerTemplate).toContain('lang="zh-CN"');
    expect(options[0].footerTemplate).not.toContain(' of ');
    const request = ipcContract[IpcChannel.saveReportPdf].request;
    expect(request.safeParse({ suggestedName: 'r.pdf', paperSize: 'A4', footer: '', language: 'zh-CN' }).success).toBe(true);
    expect(request.safeParse({ suggestedName: 'r.pdf', paperSize: 'A4', footer: '', language: 'fr' }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'r.pdf', paperSize: 'A4', footer: '' }).success).toBe(false);
  });

  it('do not print at all when the user cancels the save dialog', async () => {
    expect(await handlers[IpcChannel.saveReportPdf]({ suggestedName: 'r.pdf', paperSize: 'A4', footer: '', language: 'en' }, sender)).toEqual({ status: 'canceled' });
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });
});

describe('archives from and into the attachment files (the desktop path)', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const scan = new TextEncoder().encode('%PDF-1.7 the confirmation letter, scanned');
  const journal = new TextEncoder().encode('{"format":"cancellation-journal","version":4,"cases":[]}');

  it('export: main writes the zip from the files where the user chose; import: main checks it and unpacks it into another profile’s files', async () => {
    const archives = new ArchiveFiles();
    const store = new AttachmentStore(join(dir, 'profile', 'attachments'));
    await store.put(sha256(scan), scan);
    const channels = archiveStoreHandlers(archives, store);
    const request = { suggestedName: 'journal.zip', journal, attachments: [{ name: 'letter.pdf', sha256: sha256(scan), size: scan.length }] };
    expect(ipcContract[IpcChannel.exportArchiveFromFiles].request.safeParse(request).success).toBe(true);
    expect(await channels[IpcChannel.exportArchiveFromFiles](request, sender)).toEqual({ status: 'canceled' });
    dialogs.save = join(dir, 'journal.zip');
    expect(await channels[IpcChannel.exportArchiveFromFiles](request, sender)).toEqual({ status: 'saved', path: dialogs.save });

    const fresh = new AttachmentStore(join(dir, 'fresh', 'attachments'));
    const importing = archiveStoreHandlers(archives, fresh);
    const { archiveId } = await archives.openForReading(dialogs.save);
    const unpacked = await importing[IpcChannel.unpackArchiveToFiles]({ archiveId }, sender);
    expect(ipcContract[IpcChannel.unpackArchiveToFiles].response.safeParse(unpacked).success).toBe(true);
    expect(unpacked.status === 'unpacked' && new TextDecoder().decode(unpacked.journal)).toBe(new TextDecoder().decode(journal));
    expect(unpacked.status === 'unpacked' && unpacked.attachments).toEqual([{ sha256: sha256(scan), size: scan.length }]);
    expect(sha256(await fresh.read(sha256(scan)))).toBe(sha256(scan));
    await archives.close(archiveId);
  });

  it('a tampered archive comes back refused, with nothing kept', async () => {
    const archives = new ArchiveFiles();
    const store = new AttachmentStore(join(dir, 'profile', 'attachments'));
    await store.put(sha256(scan), scan);
    dialogs.save = join(dir, 'journal.zip');
    await archiveStoreHandlers(archives, store)[IpcChannel.exportArchiveFromFiles](
      { suggestedName: 'journal.zip', journal, attachments: [{ name: 'letter.pdf', sha256: sha256(scan), size: scan.length }] },
      sender,
    );
    const bytes = new Uint8Array(await readFile(dialogs.save));
    const at = Buffer.from(bytes).indexOf(Buffer.from('confirmation letter'));
    bytes[at] = 'C'.charCodeAt(0);
    await writeFile(dialogs.save, bytes);
    const fresh = new AttachmentStore(join(dir, 'fresh', 'attachments'));
    const { archiveId } = await archives.openForReading(dialogs.save);
    const refused = await archiveStoreHandlers(archives, fresh)[IpcChannel.unpackArchiveToFiles]({ archiveId }, sender);
    expect(refused).toEqual({ status: 'refused', problem: { kind: 'hashMismatch', entry: `attachments/${sha256(scan)}` } });
    expect(await fresh.hashes()).toEqual([]);
    await archives.close(archiveId);
  });

  it('while main works, the window that asked sees how far it has got and may cancel: no archive, and no attachment file, is left behind', async () => {
    const archives = new ArchiveFiles();
    const store = new AttachmentStore(join(dir, 'profile', 'attachments'));
    const scans = Array.from({ length: 24 }, (_, i) => new Uint8Array(1024 * 1024).fill(i + 1));
    for (const bytes of scans) await store.put(sha256(bytes), bytes);
    const attachments = scans.map((bytes, i) => ({ name: `scan ${i}.png`, sha256: sha256(bytes), size: bytes.length }));
    const window = { ...sender, id: 7 };
    const otherWindow = { ...sender, id: 8 };
    const channels = archiveStoreHandlers(archives, store);
    const underWay = async (jobId: string) => {
      for (;;) {
        const progress = await channels[IpcChannel.archiveJobProgress]({ jobId }, window);
        if (progress && progress.done > 0) return progress;
        await new Promise((resolve) => setImmediate(resolve));
      }
    };

    dialogs.save = join(dir, 'cancelled.zip');
    const exporting = channels[IpcChannel.exportArchiveFromFiles]({ suggestedName: 'journal.zip', journal, attachments, jobId: 'export-1' }, window);
    const progress = await underWay('export-1');
    expect(progress.total).toBe(24 * 1024 * 1024);
    // Another window knows nothing of it and cannot stop it.
    expect(await channels[IpcChannel.archiveJobProgress]({ jobId: 'export-1' }, otherWindow)).toBeNull();
    await channels[IpcChannel.cancelArchiveJob]({ jobId: 'export-1' }, otherWindow);
    await channels[IpcChannel.cancelArchiveJob]({ jobId: 'export-1' }, window);
    expect(await exporting).toEqual({ status: 'canceled' });
    expect((await readdir(dir)).filter((name) => name.includes('cancelled'))).toEqual([]);
    expect(await channels[IpcChannel.archiveJobProgress]({ jobId: 'export-1' }, window)).toBeNull();

    dialogs.save = join(dir, 'whole.zip');
    expect(await channels[IpcChannel.exportArchiveFromFiles]({ suggestedName: 'journal.zip', journal, attachments, jobId: 'export-2' }, window)).toEqual({
      status: 'saved',
      path: dialogs.save,
    });
    const fresh = join(dir, 'fresh', 'attachments');
    const { archiveId } = await archives.openForReading(dialogs.save);
    const importing = archiveStoreHandlers(archives, new AttachmentStore(fresh));
    const unpacking = importing[IpcChannel.unpackArchiveToFiles]({ archiveId, jobId: 'import-1' }, window);
    for (;;) {
      const seen = await importing[IpcChannel.archiveJobProgress]({ jobId: 'import-1' }, window);
      if (seen && seen.done > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await importing[IpcChannel.cancelArchiveJob]({ jobId: 'import-1' }, window);
    expect(await unpacking).toEqual({ status: 'canceled' });
    const left = (await readdir(fresh, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile());
    expect(left).toEqual([]);
    await archives.close(archiveId);
  });

  it('names only attachments by SHA-256 and journal bytes within the limit', () => {
    const request = ipcContract[IpcChannel.exportArchiveFromFiles].request;
    expect(request.safeParse({ suggestedName: 'journal.zip', journal, attachments: [{ name: 'x', sha256: '../../etc/passwd', size: 1 }] }).success).toBe(false);
    expect(request.safeParse({ suggestedName: '../journal.zip', journal, attachments: [] }).success).toBe(false);
  });
});
