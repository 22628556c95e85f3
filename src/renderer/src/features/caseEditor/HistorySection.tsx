import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment, JournalCase } from '@shared/domain/caseSchema';
import { redateStatusChange } from '@shared/domain/statusChange';
import { correctedIds, filterTimeline, newestFirst } from '@shared/domain/timeline';
import { timelineKinds, type ContactEntry, type TimelineEntry, type TimelineKind } from '@shared/domain/timelineSchema';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../i18n/useFormatters';
import { useJournal } from '../../journalContext';
import { timelineOf } from '../../db/caseRepository';
import { Section } from './Section';
import { ContactDialog } from './ContactDialog';
import { useHistoryText, type HistoryText } from './historyText';
import type { EditCase } from './useCase';

/** The index in the case's status history of the change a status entry is about (following its corrections back). */
function statusHistoryIndex(c: JournalCase, entry: TimelineEntry, byId: Map<string, TimelineEntry>): number {
  let original = entry;
  for (let step = 0; original.corrects !== null && step < byId.size; step += 1) {
    const earlier = byId.get(original.corrects);
    if (!earlier) break;
    original = earlier;
  }
  if (original.kind !== 'status') return -1;
  return c.statusHistory.findIndex((change) => change.status === original.status && change.recordedAt === original.recordedAt);
}

/**
 * The case's history: every entry of its timeline, newest first, with the day it happened and
 * when it was recorded; filtered by kind and by text. Contacts are added here ("Add contact"), and
 * an entry is corrected by a new one beside it (a contact's words, a status's day).
 */
export function HistorySection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const { db } = useJournal();
  const format = useFormatters();
  const text = useHistoryText();
  const id = useId();
  const [kind, setKind] = useState<TimelineKind | 'all'>('all');
  const [query, setQuery] = useState('');
  const [contact, setContact] = useState<{ correcting: ContactEntry | null } | null>(null);
  const [redating, setRedating] = useState<string | null>(null);
  const timeline = useLiveQuery(() => timelineOf(db, c.id), [db, c.id]);

  const { shown, corrected, byId } = useMemo(() => {
    const all = timeline ?? [];
    const kinds = kind === 'all' ? null : new Set([kind]);
    return {
      shown: newestFirst(filterTimeline(all, kinds, query, text.searchable)),
      corrected: correctedIds(all),
      byId: new Map(all.map((entry) => [entry.id, entry] as const)),
    };
  }, [timeline, kind, query, text]);

  return (
    <Section
      title={t('section.history')}
      help={t('history.help')}
      actions={
        <button type="button" onClick={() => setContact({ correcting: null })}>
          {t('history.addContact')}
        </button>
      }
    >
      <div className="history-filters">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('history.show')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as TimelineKind | 'all')}>
            <option value="all">{t('history.everything')}</option>
            {timelineKinds.map((option) => (
              <option key={option} value={option}>
                {t(`history.kind.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('history.search')}</label>
          <input id={`${id}-search`} type="text" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>
      {timeline && shown.length === 0 && <p className="help">{t('history.nothingMatches')}</p>}
      <ol className="timeline history">
        {shown.map((entry) => {
          const statusIndex = entry.kind === 'status' && !corrected.has(entry.id) ? statusHistoryIndex(c, entry, byId) : -1;
          return (
            <li key={entry.id} className={`history-entry history-${entry.kind}${corrected.has(entry.id) ? ' history-corrected' : ''}`} data-kind={entry.kind}>
              <HistoryEntryText
                entry={entry}
                text={text}
                correctsAt={entry.corrects ? byId.get(entry.corrects)?.recordedAt : undefined}
                attachments={c.attachments}
              />
              {corrected.has(entry.id) && <span className="history-badge">{t('history.corrected')}</span>}
              {entry.kind === 'contact' && !corrected.has(entry.id) && (
                <button type="button" className="link-button" onClick={() => setContact({ correcting: entry })}>
                  {t('history.correctContact')}
                </button>
              )}
              {statusIndex >= 0 && entry.kind === 'status' && (
                <>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={redating === entry.id}
                    onClick={() => setRedating((current) => (current === entry.id ? null : entry.id))}
                  >
                    {t('statusChange.editDate', { status: t(`status.${entry.status}`) })}
                  </button>
                  {redating === entry.id && (
                    <DateField
                      label={t('statusChange.happenedOn')}
                      value={entry.on}
                      onSave={(on) => {
                        if (on && on !== entry.on) {
                          setRedating(null);
                          edit((x) => redateStatusChange(x, statusIndex, on));
                        }
                      }}
                    />
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
      <p className="help">
        {t('timeline.created', { date: format.timestamp(c.createdAt) })} · {t('timeline.updated', { date: format.timestamp(c.updatedAt) })}
      </p>
      {contact && (
        <ContactDialog caseId={c.id} attachments={c.attachments} correcting={contact.correcting} country={c.country} onClose={() => setContact(null)} />
      )}
    </Section>
  );
}

/** One entry's words: when, what (a contact's words below it), when recorded, and what it corrects. */
export function HistoryEntryText({
  entry,
  text,
  correctsAt,
  attachments,
}: {
  entry: TimelineEntry;
  text: HistoryText;
  correctsAt: string | undefined;
  /** The case's attachments, to name those a contact links to (by name and start of hash, even once deleted). */
  attachments: readonly Attachment[];
}) {
  const { t } = useTranslation();
  const linked = entry.kind === 'contact' ? entry.attachmentIds.map((id) => attachments.find((attachment) => attachment.id === id)?.name ?? id) : [];
  return (
    <>
      <span className="timeline-event">
        {entry.corrects !== null && <strong className="history-correction">{t('history.correction')}: </strong>}
        <time dateTime={entry.kind === 'contact' ? entry.at : entry.on}>{text.when(entry)}</time> — {text.what(entry)}
      </span>{' '}
      <span className="timeline-recorded">{t('statusChange.recordedAtInBrackets', { time: text.recorded(entry) })}</span>
      {correctsAt && <span className="timeline-recorded"> · {t('history.corrects', { time: text.recorded({ ...entry, recordedAt: correctsAt }) })}</span>}
      {entry.kind === 'contact' && (
        <div className="history-words">
          {entry.said && <p className="history-said">{entry.said}</p>}
          {entry.reference && <p className="history-reference">{t('history.referenceGiven', { reference: entry.reference })}</p>}
          {linked.length > 0 && <p className="history-linked">{t('history.contactAttachments', { names: linked.join(', ') })}</p>}
        </div>
      )}
    </>
  );
}
