import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/domain/calendarDate';
import { caseProgress } from '@shared/domain/caseProgress';
import type { Attachment, ChecklistItem, JournalCase } from '@shared/domain/caseSchema';
import { AddAttachmentButton, StepAttachments } from '../evidence';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { useFormatters } from '../../i18n/useFormatters';
import { HelpButton, Section, useHelpToggle } from './Section';
import { patchById, type EditCase } from './useCase';

export function ChecklistSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const progress = caseProgress(c.checklist);
  const patch = (id: string, change: Partial<ChecklistItem>) =>
    edit((x) => ({ ...x, checklist: patchById(x.checklist, id, change) }));
  const groups = [
    { section: 'prerequisite', title: t('checklist.prerequisites') },
    { section: 'step', title: t('checklist.steps') },
  ] as const;
  return (
    <Section
      title={t('section.checklist')}
      aside={<span className="section-aside">{t('list.progress', { ...progress })}</span>}
    >
      {groups.map((group) => {
        const items = c.checklist.filter((item) => item.section === group.section);
        if (items.length === 0) return null;
        return (
          <div key={group.section} className="checklist-group">
            <h3>{group.title}</h3>
            <ol className="checklist">
              {items.map((item) => (
                <ChecklistRow
                  key={item.id}
                  caseId={c.id}
                  item={item}
                  attachments={c.attachments.filter((attachment) => attachment.stepId === item.id)}
                  onPatch={(change) => patch(item.id, change)}
                />
              ))}
            </ol>
          </div>
        );
      })}
    </Section>
  );
}

/**
 * An open step shows its title, with its help behind a "?"; a finished one (done or skipped) folds
 * to one line, its date or "Skipped", and opens its date and note on demand.
 */
function ChecklistRow({
  caseId,
  item,
  attachments,
  onPatch,
}: {
  caseId: string;
  item: ChecklistItem;
  attachments: readonly Attachment[];
  onPatch: (change: Partial<ChecklistItem>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const help = useHelpToggle();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const finished = item.state !== 'todo';
  return (
    // A file dropped onto a step is evidence of that step.
    <li className={`checklist-item state-${item.state}${finished ? ' compact' : ''}`} data-item-id={item.id} data-drop-step={item.id}>
      <div className="checklist-main">
        <input
          id={id}
          type="checkbox"
          checked={item.state === 'done'}
          aria-describedby={help.id}
          onChange={(event) =>
            onPatch(
              event.target.checked
                ? { state: 'done', completedOn: item.completedOn ?? today() }
                : { state: 'todo', completedOn: null },
            )
          }
        />
        <div className="checklist-text">
          <label id={`${id}-title`} htmlFor={id} title={finished ? item.title : undefined}>
            {item.title}
          </label>
          {!finished && <HelpButton topicId={`${id}-title`} help={help} />}
        </div>
        {finished && (
          // What became of the step, which is also the way to its date and note.
          <button
            type="button"
            className="link-button step-meta"
            aria-expanded={detailsOpen}
            aria-controls={`${id}-details`}
            aria-describedby={`${id}-title`}
            title={item.state === 'done' ? t('casePage.dateAndNote') : t('casePage.note')}
            onClick={() => setDetailsOpen(!detailsOpen)}
          >
            {item.state === 'skipped'
              ? t('casePage.skipped')
              : item.completedOn
                ? t('casePage.doneOn', { date: format.date(item.completedOn) })
                : t('casePage.done')}
            {item.note && <span className="step-note"> · {item.note}</span>}
            <svg className="chevron" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" data-open={detailsOpen}>
              <path fill="none" stroke="currentColor" strokeWidth="2" d="M6 3.5 10.5 8 6 12.5" />
            </svg>
          </button>
        )}
        <button
          type="button"
          className="link-button"
          aria-pressed={item.state === 'skipped'}
          aria-describedby={`${id}-title`}
          onClick={() =>
            onPatch(item.state === 'skipped' ? { state: 'todo', completedOn: null } : { state: 'skipped', completedOn: null })
          }
        >
          {item.state === 'skipped' ? t('checklist.unskip') : t('checklist.skip')}
        </button>
        <AddAttachmentButton caseId={caseId} stepId={item.id} describedBy={`${id}-title`} className="link-button step-attach" />
      </div>
      <StepAttachments attachments={attachments} />
      {/* Kept in the page while hidden: the checkbox is described by it. */}
      <p id={help.id} className="help step-help" hidden={finished || !help.open}>
        {item.help}
      </p>
      {finished && (
        <div id={`${id}-details`} className="checklist-details" hidden={!detailsOpen}>
          {item.state === 'done' && (
            <DateField
              label={t('checklist.completedOn')}
              value={item.completedOn}
              onSave={(completedOn) => onPatch({ completedOn })}
            />
          )}
          <TextField label={t('checklist.note')} value={item.note} onSave={(note) => onPatch({ note })} />
        </div>
      )}
    </li>
  );
}
