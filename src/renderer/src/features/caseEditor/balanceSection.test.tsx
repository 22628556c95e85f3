// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { newCase } from '@shared/domain/newCase';
import { CaseSchema, type JournalCase } from '@shared/domain/caseSchema';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { JournalDatabase } from '../../db/journalDatabase';
import { BalanceSection } from './BalanceSection';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`balance-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** The Balance section over one case, each edit validated as the repository would. */
function renderBalance(currency: string) {
  const start = newCase(
    defaultTemplateFor('en'),
    { title: 'StreamCo', providerName: 'StreamCo', account: '', category: 'streaming', currency, country: null },
    new Date(2026, 10, 1),
    () => crypto.randomUUID(),
  );
  let latest = start;
  function Page() {
    const [c, setCase] = useState(start);
    const edit = (change: (current: JournalCase) => JournalCase) =>
      setCase((current) => {
        latest = CaseSchema.parse(change(current));
        return latest;
      });
    return <BalanceSection journalCase={c} edit={edit} />;
  }
  render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={{ db } as unknown as Journal}>
        <Page />
      </JournalContext.Provider>
    </I18nextProvider>,
  );
  return { latest: () => latest };
}

describe('the recurring fee', () => {
  it('is stored exactly as typed key by key, in the balance’s currency, with its billing period', async () => {
    const user = userEvent.setup();
    const page = renderBalance('USD');
    expect(page.latest().recurringFee).toEqual({ amount: null, period: 'monthly' });
    await user.type(screen.getByLabelText('Recurring fee'), '1,234.56');
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Billing period'), 'quarterly');
    await waitFor(() => expect(page.latest().recurringFee).toEqual({ amount: '1234.56', period: 'quarterly' }));
  });

  it('reads the fee by the currency’s own conventions (15.000 IDR is fifteen thousand)', async () => {
    const user = userEvent.setup();
    const page = renderBalance('IDR');
    await user.type(screen.getByLabelText('Recurring fee'), '15.000');
    await user.tab();
    await waitFor(() => expect(page.latest().recurringFee.amount).toBe('15000'));
  });

  it('refuses a fee that is not an amount, keeping the last good one', async () => {
    const user = userEvent.setup();
    const page = renderBalance('USD');
    const fee = screen.getByLabelText('Recurring fee');
    await user.type(fee, '9.99');
    await user.tab();
    await waitFor(() => expect(page.latest().recurringFee.amount).toBe('9.99'));
    await user.clear(fee);
    await user.type(fee, '-5');
    await user.tab();
    expect(screen.getByRole('alert').textContent).not.toBe('');
    expect(page.latest().recurringFee.amount).toBe('9.99');
  });
});
