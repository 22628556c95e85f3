import { useTranslation } from 'react-i18next';
import { confirmationMethods, type Confirmation, type JournalCase } from '@shared/domain/caseSchema';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Section } from './Section';
import type { EditCase } from './useCase';

export function ConfirmationSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const patch = (change: Partial<Confirmation>) =>
    edit((x) => ({ ...x, confirmation: { ...x.confirmation, ...change } }));
  return (
    <Section title={t('section.confirmation')}>
      <div className="field-grid">
        <DateField label={t('field.confirmedOn')} value={c.confirmation.confirmedOn} onSave={(confirmedOn) => patch({ confirmedOn })} />
        <SelectField
          label={t('field.confirmationMethod')}
          value={c.confirmation.method ?? ''}
          options={[
            { value: '', label: t('common.notSet') },
            ...confirmationMethods.map((method) => ({ value: method, label: t(`confirmationMethod.${method}`) })),
          ]}
          onChange={(method) => patch({ method: method === '' ? null : method })}
        />
        <TextField
          label={t('field.confirmationNumber')}
          value={c.confirmation.confirmationNumber}
          onSave={(confirmationNumber) => patch({ confirmationNumber })}
        />
        <div className="field checkbox-field">
          <input
            id={`released-${c.id}`}
            type="checkbox"
            checked={c.confirmation.released}
            onChange={(event) => patch({ released: event.target.checked })}
          />
          <label htmlFor={`released-${c.id}`}>{t('field.released')}</label>
        </div>
      </div>
    </Section>
  );
}
