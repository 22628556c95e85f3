// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import type { JournalCase } from '@shared/domain/caseSchema';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository } from '../../db/caseRepository';
import OverviewView from './OverviewView';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(`overview-${crypto.randomUUID()}`);
  await i18n.changeLanguage('en');
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const clock = () => new Date(2026, 10, 26, 10, 0);

async function addCase(title: string, currency: string, change: (c: JournalCase) => JournalCase, confirmedOn?: string) {
  const cases = caseRepository(db);
  const made = await cases.create(defaultTemplateFor('en'), { title, providerName: title, account: '', category: 'streaming', currency, country: null });
  await cases.edit(made.id, change);
  if (confirmedOn) await cases.setStatus(made.id, 'confirmed', confirmedOn);
  return made.id;
}

function renderOverview(props: Parameters<typeof OverviewView>[0] = {}) {
  render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={{ db } as unknown as Journal}>
        <OverviewView clock={clock} {...props} />
      </JournalContext.Provider>
    </I18nextProvider>,
  );
}

const usd = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(amount);
const idr = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'IDR' }).format(amount);

/** The cell of one currency's row under one column, by the column's heading. */
function cell(table: HTMLElement, currency: string, column: string): string {
  const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
  const row = within(table).getByRole('rowheader', { name: currency }).closest('tr')!;
  return row.querySelectorAll('th, td')[headers.indexOf(column)]!.textContent!;
}

describe('the Overview', () => {
  it('shows cases by status and, per currency, what was refunded, forfeited, pending and saved', async () => {
    await addCase('StreamCo', 'USD', (c) => ({ ...c, balance: { ...c.balance, amount: '12.5', outcome: 'forfeited' }, recurringFee: { amount: '9.99', period: 'monthly' } }), '2026-09-30');
    await addCase('Gym', 'USD', (c) => ({ ...c, recurringFee: { amount: '120', period: 'yearly' } }), '2025-11-26');
    await addCase('Axis', 'IDR', (c) => ({ ...c, balance: { ...c.balance, amount: '25000', outcome: 'refund_requested', refunded: '5000' }, recurringFee: { amount: '15000', period: 'monthly' } }));
    await addCase('Old plan', 'IDR', (c) => ({ ...c, balance: { ...c.balance, amount: '30000', outcome: 'refunded', refunded: null } }), '2026-10-01');
    renderOverview();

    const overview = screen.getByRole('region', { name: 'Overview' });
    const table = await within(overview).findByRole('table', { name: /Each currency on its own/ });
    const byStatus = within(overview).getByRole('region', { name: 'Cases by status' });
    expect(within(byStatus).getByText('4 cases in the journal')).toBeTruthy();
    expect(within(byStatus).getByText('Confirmed').nextSibling?.textContent).toBe('3');
    expect(within(byStatus).getByText('Draft').nextSibling?.textContent).toBe('1');

    expect(cell(table, 'USD', 'Forfeited')).toBe(usd(12.5));
    // 9.99 a month and 120 a year (10 a month).
    expect(cell(table, 'USD', 'No longer paid, per month')).toBe(usd(19.99));
    // StreamCo: 30 October (1 × 9.99); the gym: a year to the day (1 × 120).
    expect(cell(table, 'USD', 'Saved so far')).toBe(usd(129.99));
    expect(cell(table, 'IDR', 'Refunded')).toBe(idr(30000));
    expect(cell(table, 'IDR', 'Refund still pending')).toBe(idr(20000));
    // Axis is not confirmed: its fee is still paid.
    expect(cell(table, 'IDR', 'No longer paid, per month')).toBe(idr(0));
    expect(within(overview).getByText(/1 confirmed cancellation has no recurring fee recorded/)).toBeTruthy();

    // The chart (loaded on demand) tells its figures in words and as a table.
    const chart = await within(overview).findByRole('img', { name: /cancellations closed over 13 months/ });
    expect(chart.getAttribute('aria-label')).toContain(`${usd(19.99)} a month`);
  });

  it('lets the chart show the saving in another currency', async () => {
    await addCase('StreamCo', 'USD', (c) => ({ ...c, recurringFee: { amount: '9.99', period: 'monthly' } }), '2026-10-30');
    await addCase('Axis', 'IDR', (c) => ({ ...c, recurringFee: { amount: '3000', period: 'weekly' } }), '2026-11-02');
    renderOverview();
    const currency = await screen.findByRole('combobox', { name: 'Saving in' });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(idr(13000));
    await userEvent.selectOptions(currency, 'USD');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(usd(9.99));
  });

  it('counts again after a write while it is open', async () => {
    renderOverview();
    expect(await screen.findByText('No balance or recurring fee is recorded yet.')).toBeTruthy();
    expect(screen.getByText('No cancellation has been confirmed yet.')).toBeTruthy();
    await addCase('StreamCo', 'EUR', (c) => ({ ...c, balance: { ...c.balance, amount: '0.99', outcome: 'forfeited' } }));
    const table = await screen.findByRole('table', { name: /Each currency on its own/ }, { timeout: 3000 });
    expect(cell(table, 'EUR', 'Forfeited')).toBe(new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(0.99));
  });

  it('leaves a place for what needs attention, and draws nothing there unless given', async () => {
    renderOverview({ needsAttention: <section aria-label="Needs attention">2 items</section> });
    expect(await screen.findByRole('region', { name: 'Needs attention' })).toBeTruthy();
    cleanup();
    renderOverview();
    await screen.findByRole('region', { name: 'Money' });
    expect(screen.queryByRole('region', { name: 'Needs attention' })).toBeNull();
  });

  it('says so when the journal cannot be read, instead of counting for ever', async () => {
    const broken = {
      caseMoney: {
        orderBy: () => {
          throw new Error('The disk went away');
        },
      },
      listWrites: { hear: () => () => undefined },
    };
    render(
      <I18nextProvider i18n={i18n}>
        <JournalContext.Provider value={{ db: broken } as unknown as Journal}>
          <OverviewView clock={clock} />
        </JournalContext.Provider>
      </I18nextProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('The journal could not be counted: The disk went away');
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    await addCase('Axis', 'IDR', (c) => ({ ...c, balance: { ...c.balance, amount: '25000', outcome: 'forfeited' } }));
    renderOverview();
    const overview = screen.getByRole('region', { name: '总览' });
    const table = await within(overview).findByRole('table', { name: /各币种分别统计/ });
    expect(cell(table, 'IDR', '已放弃')).toBe(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'IDR' }).format(25000));
  });
});
