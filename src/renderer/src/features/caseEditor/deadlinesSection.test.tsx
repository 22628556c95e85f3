// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { newCase } from '@shared/domain/newCase';
import { CaseSchema, type JournalCase } from '@shared/domain/caseSchema';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { JournalDatabase } from '../../db/journalDatabase';
import { DeadlinesSection } from './DeadlinesSection';
import { SummaryStrip } from './SummaryStrip';
import { BalanceSection } from './BalanceSection';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`deadlines-${crypto.randomUUID()}`);
  // Only the date is fixed (timers stay real, for userEvent): Thursday 26 November 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 10, 0));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.delete();
});

/** The case page's summary and Dates section over one case, each edit validated as the repository would. */
function renderCase(start: JournalCase, withBalance = false) {
  let latest = start;
  function Page() {
    const [c, setCase] = useState(start);
    const edit = (change: (current: JournalCase) => JournalCase) =>
      setCase((current) => {
        latest = CaseSchema.parse(change(current));
        return latest;
      });
    return (
      <>
        <SummaryStrip journalCase={c} status={null} onGoToStep={() => undefined} />
        {withBalance && <BalanceSection journalCase={c} edit={edit} />}
        <DeadlinesSection journalCase={c} edit={edit} />
      </>
    );
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

function axisCase(change: (c: JournalCase) => JournalCase = (c) => c): JournalCase {
  const made = newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR', country: 'ID' },
    new Date(2026, 10, 1),
    () => crypto.randomUUID(),
  );
  return change(made);
}

const fact = (name: string) => document.querySelector(`[data-fact="${name}"] dd`)?.textContent;

describe('the Dates section', () => {
  it('computes the cancel-by date from the renewal and the notice period typed key by key, and shows it in the summary', async () => {
    const user = userEvent.setup();
    const page = renderCase(axisCase());
    expect(screen.getByTestId('cancel-by').textContent).toBe("Give the renewal date or the trial's end to know the last day to cancel.");
    await user.type(screen.getByLabelText('Renews on'), '2027-02-28');
    await user.tab();
    await user.type(screen.getByLabelText('Notice period'), '1');
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Notice period unit'), 'months');
    // One month before a renewal on the last day of February is the last day of January.
    await waitFor(() => expect(screen.getByTestId('cancel-by').textContent).toBe('Cancel by: Jan 31, 2027'));
    expect(fact('cancel-by')).toBe('Jan 31, 2027, notice before the renewal on Feb 28, 2027');
    expect(page.latest().deadlines).toMatchObject({ renewsOn: '2027-02-28', noticePeriod: { count: 1, unit: 'months' } });
  });

  it('takes a free trial that ends first as the cancel-by date', async () => {
    const user = userEvent.setup();
    renderCase(axisCase((c) => ({ ...c, deadlines: { ...c.deadlines, renewsOn: '2027-01-15' } })));
    await user.type(screen.getByLabelText('Trial ends on'), '2026-12-05');
    await user.tab();
    await waitFor(() => expect(fact('cancel-by')).toBe('Dec 5, 2026, the last day of the free trial'));
  });

  it('refuses a date that does not exist and a notice period that is not a whole number, keeping the last good value', async () => {
    const user = userEvent.setup();
    const page = renderCase(axisCase());
    await user.type(screen.getByLabelText('Renews on'), '2027-02-30');
    await user.tab();
    await user.type(screen.getByLabelText('Notice period'), '1.5');
    await user.tab();
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toHaveLength(2);
    expect(page.latest().deadlines.renewsOn).toBeNull();
    expect(page.latest().deadlines.noticePeriod).toBeNull();
  });

  it('sets the country, the follow-up and the last day to dispute, 120 days after the charge unless the user sets the window', async () => {
    const user = userEvent.setup();
    const page = renderCase(axisCase());
    await user.selectOptions(screen.getByLabelText('Country'), 'CN');
    await user.type(screen.getByLabelText('Follow up on'), '2026-11-20');
    await user.tab();
    await user.type(screen.getByLabelText('Disputed charge on'), '2026-11-01');
    await user.tab();
    await waitFor(() => expect(screen.getByTestId('last-day-to-dispute').textContent).toBe('Last day to dispute the charge: Mar 1, 2027'));
    const windowDays = screen.getByLabelText('Dispute window (days)');
    await user.clear(windowDays);
    await user.type(windowDays, '60');
    await user.tab();
    await waitFor(() => expect(fact('dispute')).toBe('Dec 31, 2026'));
    expect(page.latest()).toMatchObject({ country: 'CN', deadlines: { followUpOn: '2026-11-20', disputeWindowDays: 60 } });
    // The follow-up day has passed: said in the danger colour.
    expect(document.querySelector('[data-fact="follow-up"] dd')?.className).toBe('overdue');
  });

  it('asks for the refund due date only while a refund is requested', () => {
    renderCase(axisCase((c) => ({ ...c, balance: { ...c.balance, outcome: 'refund_requested' } })));
    expect(screen.getByLabelText('Refund due on')).toBeTruthy();
    cleanup();
    renderCase(axisCase());
    expect(screen.queryByLabelText('Refund due on')).toBeNull();
  });
});

describe('the refund watch', () => {
  it('asking for a refund sets it due 14 days later in the same change, shown in the summary and editable key by key', async () => {
    const user = userEvent.setup();
    const page = renderCase(axisCase(), true);
    expect(screen.queryByLabelText('Refund due on')).toBeNull();
    await user.selectOptions(screen.getByLabelText('What happened to it'), 'refund_requested');
    const due = screen.getByLabelText<HTMLInputElement>('Refund due on');
    expect(due.value).toBe('2026-12-10');
    expect(page.latest().balance.outcome).toBe('refund_requested');
    expect(page.latest().deadlines.refundDueOn).toBe('2026-12-10');
    expect(fact('refund-due')).toBe('Dec 10, 2026');
    await user.clear(due);
    await user.type(due, '2026-12-31');
    await user.tab();
    await waitFor(() => expect(page.latest().deadlines.refundDueOn).toBe('2026-12-31'));
  });
});

describe('the review clock in the summary', () => {
  const underReview = (submittedOn: string) =>
    axisCase((c) => ({
      ...c,
      status: 'under_review',
      statusHistory: [...c.statusHistory, { status: 'under_review', on: submittedOn, recordedAt: new Date().toISOString() }],
      submission: { ...c.submission, submittedOn, reviewBusinessDays: 5 },
    }));

  it('says the review day while the review runs', () => {
    renderCase(underReview('2026-11-23'));
    expect(fact('review')).toBe('Review day 3 of 5');
  });

  it('says how many business days the review is overdue, and no cancel-by once the request is sent', () => {
    renderCase(underReview('2026-11-12'));
    expect(fact('review')).toBe('Overdue by 5 business days');
    expect(within(document.querySelector('[data-fact="review"]')!).getByText('Overdue by 5 business days').className).toBe('overdue');
    expect(fact('cancel-by')).toBeUndefined();
  });
});
