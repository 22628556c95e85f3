import { useTranslation } from 'react-i18next';
import { balanceOutcomes, type Balance, type JournalCase } from '@shared/domain/caseSchema';
import { AmountField } from '../../components/AmountField';
import { CurrencyField } from '../../components/CurrencyField';
import { SelectField } from '../../components/SelectField';
import { Section } from './Section';
import type { EditCase } from './useCase';

export function BalanceSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const patch = (change: Partial<Balance>) => edit((x) => ({ ...x, balance: { ...x.balance, ...change } }));
  const { balance } = c;
  const refund = balance.outcome === 'refund_requested' || balance.outcome === 'refunded';
  return (
    <Section title={t('section.balance')}>
      <p className="help">{t('balance.help')}</p>
      <div className="field-grid">
        {/* Keyed by currency: the same minor units read differently in JPY and in USD. */}
        <AmountField
          key={`amount-${balance.currency}`}
          label={t('field.balance')}
          valueMinor={balance.amountMinor}
          currency={balance.currency}
          onSave={(amountMinor) => patch({ amountMinor })}
        />
        <CurrencyField label={t('field.currency')} value={balance.currency} onSave={(currency) => patch({ currency })} />
        <SelectField
          label={t('field.balanceOutcome')}
          value={balance.outcome}
          options={balanceOutcomes.map((outcome) => ({ value: outcome, label: t(`balanceOutcome.${outcome}`) }))}
          onChange={(outcome) => patch({ outcome })}
        />
        {refund && (
          <AmountField
            key={`refund-${balance.currency}`}
            label={t('field.refundedAmount')}
            valueMinor={balance.refundedMinor}
            currency={balance.currency}
            onSave={(refundedMinor) => patch({ refundedMinor })}
          />
        )}
      </div>
    </Section>
  );
}
