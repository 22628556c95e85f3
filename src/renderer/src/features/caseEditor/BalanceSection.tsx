import { useTranslation } from 'react-i18next';
import { balanceOutcomes, billingPeriods, type Balance, type JournalCase, type RecurringFee } from '@shared/domain/caseSchema';
import { AmountField } from '../../components/AmountField';
import { CurrencyField } from '../../components/CurrencyField';
import { SelectField } from '../../components/SelectField';
import { today } from '@shared/domain/calendarDate';
import { withBalanceOutcome } from '@shared/domain/refundWatch';
import { Section } from './Section';
import type { EditCase } from './useCase';

export function BalanceSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const patch = (change: Partial<Balance>) => edit((x) => ({ ...x, balance: { ...x.balance, ...change } }));
  const patchFee = (change: Partial<RecurringFee>) => edit((x) => ({ ...x, recurringFee: { ...x.recurringFee, ...change } }));
  const { balance } = c;
  const refund = balance.outcome === 'refund_requested' || balance.outcome === 'refunded';
  return (
    <Section title={t('section.balance')} help={t('balance.help')}>
      <div className="field-grid">
        {/* The currency comes first: it says how the amount is read. Changing it keeps the number. */}
        <CurrencyField label={t('field.currency')} value={balance.currency} onSave={(currency) => patch({ currency })} />
        <AmountField
          label={t('field.balance')}
          value={balance.amount}
          currency={balance.currency}
          onSave={(amount) => patch({ amount })}
        />
        <SelectField
          label={t('field.balanceOutcome')}
          value={balance.outcome}
          options={balanceOutcomes.map((outcome) => ({ value: outcome, label: t(`balanceOutcome.${outcome}`) }))}
          // Asking for a refund sets when it is due (14 days, editable under Dates), in the same change.
          onChange={(outcome) => edit((x) => withBalanceOutcome(x, outcome, today()))}
        />
        {refund && (
          <AmountField
            label={t('field.refundedAmount')}
            value={balance.refunded}
            currency={balance.currency}
            onSave={(refunded) => patch({ refunded })}
          />
        )}
        {/* What the plan cost, in the balance's currency: the Overview counts it as saved once the cancellation is confirmed. */}
        <AmountField
          label={t('field.recurringFee')}
          value={c.recurringFee.amount}
          currency={balance.currency}
          onSave={(amount) => patchFee({ amount })}
        />
        <SelectField
          label={t('field.billingPeriod')}
          value={c.recurringFee.period}
          options={billingPeriods.map((period) => ({ value: period, label: t(`billingPeriod.${period}`) }))}
          onChange={(period) => patchFee({ period })}
        />
      </div>
    </Section>
  );
}
