import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IpcChannel } from '@shared/ipc/channels';
import type { Attachment } from '@shared/domain/caseSchema';
import { MAX_ATTACHMENT_BYTES } from '@shared/evidence/evidenceLimits';
import { fileNamePart } from '@shared/fileNames';
import { desktopBridge } from '@platform';
import { useJournal } from '../../journalContext';
import { useNotify, type NoticeText } from '../../notices';
import { useFormatters, type Formatters } from '../../i18n/useFormatters';
import { AttachmentRefused, type EvidenceFile } from '../../db/attachmentRepository';

/** Why a file was not added, in the user's words. */
function refusalText(error: unknown, format: Formatters): NoticeText {
  if (error instanceof AttachmentRefused) {
    const { problem } = error;
    if (problem.kind === 'empty') return (t) => t('evidence.refusedEmpty', { name: problem.name });
    if (problem.kind === 'tooLarge') {
      return (t) => t('evidence.refusedTooLarge', { name: problem.name, size: format.fileSize(problem.size), limit: format.fileSize(problem.limit) });
    }
    return (t) => t('evidence.refusedTooMany', { name: problem.name, limit: problem.limit });
  }
  const message = error instanceof Error ? error.message : String(error);
  return (t) => t('editor.saveFailed', { message });
}

/** A screenshot from the clipboard has no name of its own: it is named by when it was pasted. */
function pastedName(file: File, now: Date, t: TFunction): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}.${pad(now.getSeconds())}`;
  const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
  return `${t('evidence.pastedName', { stamp })}.${extension}`;
}

/** Adding evidence to a case (from the dialog, a drop or the clipboard) and saving copies of it. */
export function useEvidence(caseId: string) {
  const { cases } = useJournal();
  const notify = useNotify();
  const format = useFormatters();
  const { t } = useTranslation();

  const add = useCallback(
    async (files: readonly EvidenceFile[], stepId: string | null) => {
      for (const file of files) {
        try {
          const added = await cases.attachments.add(caseId, file, { stepId });
          notify('info', (t) => t('evidence.added', { name: added.name, kind: t(`attachmentKind.${added.kind}`) }));
        } catch (error) {
          notify('error', refusalText(error, format));
        }
      }
    },
    [cases, caseId, notify, format],
  );

  /** Files the browser hands over (dropped or pasted): each size checked before it is read. */
  const addFiles = useCallback(
    async (files: readonly File[], stepId: string | null, pasted = false) => {
      const now = new Date();
      for (const file of files) {
        if (file.size > MAX_ATTACHMENT_BYTES) {
          notify('error', refusalText(new AttachmentRefused({ kind: 'tooLarge', name: file.name, size: file.size, limit: MAX_ATTACHMENT_BYTES }), format));
          continue;
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const name = pasted ? pastedName(file, now, t) : file.name;
        await add([{ name, mediaType: file.type, bytes, pasted }], stepId);
      }
    },
    [add, notify, format, t],
  );

  /** "Add attachment": the platform's file dialog (the main process's, or a file input in a browser). */
  const pickAndAdd = useCallback(
    async (stepId: string | null) => {
      try {
        const result = await desktopBridge.invoke(IpcChannel.openAttachmentFile, undefined);
        if (result.status === 'canceled') return;
        if (result.status === 'tooLarge') {
          notify('error', refusalText(new AttachmentRefused({ kind: 'tooLarge', name: result.name, size: result.size, limit: result.limit }), format));
          return;
        }
        await add([{ name: result.name, bytes: result.bytes }], stepId);
      } catch (error) {
        notify('error', refusalText(error, format));
      }
    },
    [add, notify, format],
  );

  /** "Save a copy": the stored file, as it is, copied by main where the user says (no bytes through the window). */
  const saveCopy = useCallback(
    async (attachment: Attachment) => {
      try {
        const result = await desktopBridge.invoke(IpcChannel.saveStoredAttachmentCopy, {
          sha256: attachment.sha256,
          suggestedName: fileNamePart(attachment.name, 200) || 'attachment',
        });
        if (result.status === 'saved') notify('info', (t) => t('evidence.saved', { path: result.path }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        notify('error', (t) => t('evidence.failed', { message }));
      }
    },
    [notify],
  );

  return useMemo(() => ({ addFiles, pickAndAdd, saveCopy }), [addFiles, pickAndAdd, saveCopy]);
}
