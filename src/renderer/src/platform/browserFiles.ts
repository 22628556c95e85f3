import type { OpenAttachmentResult, OpenJournalResult } from '@shared/ipc/contract';
import { MAX_ATTACHMENT_BYTES } from '@shared/evidence/evidenceLimits';
import { browserArchives } from './browserArchives';

/** A download, which is how a browser saves a file. */
export function downloadFile(name: string, contents: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([contents as Uint8Array<ArrayBuffer>], { type }));
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to have taken a large archive from the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser's file picker, for a journal file or a journal archive; a JSON file's size is checked before it is read. */
export function pickJournalFile(): Promise<OpenJournalResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.zip,application/zip';
    input.addEventListener('cancel', () => resolve({ status: 'canceled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ status: 'canceled' });
      void browserArchives.open(file).then(resolve);
    });
    input.click();
  });
}

/** The browser's file picker for evidence: any file, its size checked before it is read. */
export function pickAttachmentFile(): Promise<OpenAttachmentResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.addEventListener('cancel', () => resolve({ status: 'canceled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ status: 'canceled' });
      if (file.size > MAX_ATTACHMENT_BYTES) {
        return resolve({ status: 'tooLarge', name: file.name, size: file.size, limit: MAX_ATTACHMENT_BYTES });
      }
      void file.arrayBuffer().then((buffer) => resolve({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) }));
    });
    input.click();
  });
}
