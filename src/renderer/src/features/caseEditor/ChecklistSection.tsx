import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/domain/calendarDate';
import { caseProgress } from '@shared/domain/caseProgress';
import type { ChecklistItem, JournalCase } from '@shared/domain/caseSchema';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { Section } from './Section';
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
      actions={<span className="section-aside">{t('list.progress', { ...progress })}</span>}
    >
      {groups.map((group) => {
        const items = c.checklist.filter((item) => item.section === group.section);
        if (items.length === 0) return null;
        return (
          <div key={group.section} className="checklist-group">
            <h3>{group.title}</h3>
            <ol className="checklist">
              {items.map((item) => (
                <ChecklistRow key={item.id} item={item} onPatch={(change) => patch(item.id, change)} />
              ))}
            </ol>
          </div>
        );
      })}
    </Section>
  );
}

function ChecklistRow({ item, onPatch }: { item: ChecklistItem; onPatch: (change: Partial<ChecklistItem>) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={`checklist-item state-${item.state}`}>
      <div className="checklist-main">
        <input
          id={id}
          type="checkbox"
          checked={item.state === 'done'}
          aria-describedby={`${id}-help`}
          onChange={(event) =>
            onPatch(
              event.target.checked
                ? { state: 'done', completedOn: item.completedOn ?? today() }
                : { state: 'todo', completedOn: null },
            )
          }
        />
        <div className="checklist-text">
          <label id={`${id}-title`} htmlFor={id}>
            {item.title}
          </label>
          <p id={`${id}-help`} className="help">
            {item.help}
          </p>
        </div>
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
      </div>
      {item.state !== 'todo' && (
        <div className="checklist-details">
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
