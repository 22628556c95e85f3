import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import { ConfirmDialog, type ConfirmDialogHandle } from '../../components/ConfirmDialog';
import { useFormatters } from '../../i18n/useFormatters';
import { AttachmentItem } from './AttachmentItem';
import type { EmailOffers } from './EmailPreview';
import { useEvidence } from './useEvidence';

/** Reports a failed write in the user's words; a successful one shows itself in the case. */
function useWrite() {
  const notify = useNotify();
  return (write: Promise<unknown>) =>
    write.catch((error: unknown) => notify('error', (t) => t('editor.saveFailed', { message: error instanceof Error ? error.message : String(error) })));
}

/** The case's evidence, newest last as added, and its attachment Trash. */
export function EvidenceList({ journalCase, emailOffers }: { journalCase: JournalCase; emailOffers: EmailOffers }) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const evidence = useEvidence(journalCase.id);
  const notify = useNotify();
  const write = useWrite();
  const live = journalCase.attachments.filter((attachment) => attachment.deletedAt === null);
  const trashed = journalCase.attachments.filter((attachment) => attachment.deletedAt !== null);
  const stepOf = (stepId: string | null) => journalCase.checklist.find((item) => item.id === stepId);
  return (
    <div className="evidence">
      {live.length === 0 ? (
        <p className="help evidence-empty">{t('evidence.none')}</p>
      ) : (
        <ul className="attachments">
          {live.map((attachment) => (
            <AttachmentItem
              key={attachment.id}
              caseId={journalCase.id}
              attachment={attachment}
              step={stepOf(attachment.stepId)}
              emailOffers={emailOffers}
              onChangeKind={(kind) => void write(cases.attachments.changeKind(journalCase.id, attachment.id, kind))}
              onSaveCopy={() => void evidence.saveCopy(attachment)}
              onMoveToTrash={() =>
                void write(
                  cases.attachments.moveToTrash(journalCase.id, attachment.id).then(() =>
                    notify('info', (t) => t('evidence.movedToTrash', { name: attachment.name }), {
                      label: (t) => t('casePage.undo'),
                      run: () => void write(cases.attachments.restore(journalCase.id, attachment.id)),
                    }),
                  ),
                )
              }
            />
          ))}
        </ul>
      )}
      {trashed.length > 0 && <AttachmentTrash journalCase={journalCase} />}
    </div>
  );
}

/** The case's attachment Trash: restore an attachment, or delete it (or all of them) for good. */
function AttachmentTrash({ journalCase }: { journalCase: JournalCase }) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const format = useFormatters();
  const write = useWrite();
  const emptyDialog = useRef<ConfirmDialogHandle>(null);
  const trashed = journalCase.attachments.filter((attachment) => attachment.deletedAt !== null);
  return (
    <details className="attachment-trash">
      <summary>{t('evidence.trash', { count: trashed.length })}</summary>
      <p className="help">{t('evidence.trashHint')}</p>
      <ul className="attachments trashed">
        {trashed.map((attachment) => (
          <TrashedAttachment
            key={attachment.id}
            name={attachment.name}
            detail={`${t(`attachmentKind.${attachment.kind}`)} · ${format.fileSize(attachment.size)}`}
            onRestore={() => void write(cases.attachments.restore(journalCase.id, attachment.id))}
            onDelete={() => void write(cases.attachments.deleteForever(journalCase.id, attachment.id))}
          />
        ))}
      </ul>
      <button type="button" className="danger" onClick={() => emptyDialog.current?.open()}>
        {t('evidence.emptyTrash')}
      </button>
      <ConfirmDialog
        ref={emptyDialog}
        title={t('evidence.emptyTrashTitle')}
        message={t('trash.cannotUndo')}
        confirmLabel={t('action.deleteForever')}
        onConfirm={() => void write(cases.attachments.emptyTrash(journalCase.id))}
      />
    </details>
  );
}

function TrashedAttachment({ name, detail, onRestore, onDelete }: { name: string; detail: string; onRestore: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<ConfirmDialogHandle>(null);
  return (
    <li className="attachment trashed">
      <span className="attachment-name">{name}</span> <span className="help">{detail}</span>
      <div className="attachment-actions">
        <button type="button" aria-label={`${t('action.restore')} ${name}`} onClick={onRestore}>
          {t('action.restore')}
        </button>
        <button type="button" className="link-button danger" aria-label={`${t('action.deleteForever')} ${name}`} onClick={() => dialog.current?.open()}>
          {t('action.deleteForever')}
        </button>
      </div>
      <ConfirmDialog
        ref={dialog}
        title={t('evidence.deleteForeverTitle', { name })}
        message={t('trash.cannotUndo')}
        confirmLabel={t('action.deleteForever')}
        onConfirm={onDelete}
      />
    </li>
  );
}
