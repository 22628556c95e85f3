// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import type { ReminderSchedule } from '@shared/ipc/contract';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { settingsRepository } from '../../db/settingsRepository';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository } from '../../db/caseRepository';
import { NoticeProvider } from '../../notices';
import { CaseListStore } from '../caseList/store/caseListStore';

// The platform (`@platform`): the desktop's, which sends the schedule to the main process.
const sent = vi.hoisted(() => [] as ReminderSchedule[]);
/** The case a clicked reminder left waiting in the main process while the page loaded. */
const waiting = vi.hoisted(() => ({ caseId: null as string | null }));
vi.mock('@platform', () => ({
  desktopBridge: {
    invoke: async (channel: string, request: ReminderSchedule) => {
      if (channel === 'reminders:schedule') sent.push(request);
      if (channel === 'reminders:take-case-to-open') {
        const caseId = waiting.caseId;
        waiting.caseId = null;
        return caseId;
      }
      return undefined;
    },
    onOpenCase: () => () => undefined,
    onExportAllDeadlines: () => () => undefined,
  },
  inAppReminders: null,
}));

const { AttentionProvider, ReminderDelivery } = await import('./index');
const { default: NeedsAttentionView } = await import('./NeedsAttentionView');

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

let db: JournalDatabase;
let list: CaseListStore | undefined;
beforeEach(() => {
  db = new JournalDatabase(`attention-${crypto.randomUUID()}`);
  sent.length = 0;
  waiting.caseId = null;
});
afterEach(async () => {
  cleanup();
  list?.close();
  await db.delete();
});

// Friday 20 November 2026, 10:00 local.
const clock = () => new Date(2026, 10, 20, 10, 0);

async function renderView() {
  const cases = caseRepository(db);
  const make = (title: string) => cases.create(defaultTemplateFor('en'), { title, providerName: title, account: '', category: 'streaming', currency: 'USD', country: 'US' });
  const netflix = await make('Netflix');
  await cases.edit(netflix.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }));
  const gym = await make('Gym');
  // Cancel by 27 November: the 7-day reminder fired today.
  await cases.edit(gym.id, (c) => ({ ...c, deadlines: { ...c.deadlines, renewsOn: '2026-11-28', noticePeriod: null } }));
  const opened: string[] = [];
  list = new CaseListStore(db);
  list.warmUp();
  const journal = { db, cases, list } as unknown as Journal;
  render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={journal}>
        <NoticeProvider>
          <AttentionProvider clock={clock}>
            <ReminderDelivery onOpenCase={(id) => opened.push(id)} />
            <NeedsAttentionView onOpenCase={(id) => opened.push(id)} />
          </AttentionProvider>
        </NoticeProvider>
      </JournalContext.Provider>
    </I18nextProvider>,
  );
  return { netflix, gym, opened };
}

describe('Needs attention', () => {
  it('lists what is due, most urgent first, and opens a case by its name', async () => {
    const user = userEvent.setup();
    const { netflix, opened } = await renderView();
    const view = screen.getByRole('region', { name: 'Needs attention' });
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(view).getAllByRole('listitem');
    expect(first?.textContent).toContain('Netflix');
    expect(first?.textContent).toContain('Follow up: Nov 20, 2026 today');
    expect(second?.textContent).toContain('Gym');
    expect(second?.textContent).toContain('Cancel by: Nov 27, 2026 in 7 days');
    await user.click(within(first!).getByRole('button', { name: 'Netflix' }));
    expect(opened).toEqual([netflix.id]);
  });

  it('snoozes from a menu worked by the keyboard, and remembers it in the database', async () => {
    const user = userEvent.setup();
    const { netflix } = await renderView();
    const view = screen.getByRole('region', { name: 'Needs attention' });
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(2));
    const item = within(view).getAllByRole('listitem')[0]!;
    within(item).getByRole('button', { name: 'Snooze' }).focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Snooze' });
    expect(within(menu).getAllByRole('menuitem').map((entry) => entry.textContent)).toEqual(['1 day', '3 days', '1 week', 'Until a date…']);
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: '1 day' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: '3 days' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(1));
    expect(await db.reminderStates.toArray()).toEqual([
      { eventId: `${netflix.id}|followUp|2026-11-20|0`, caseId: netflix.id, dismissed: false, snoozedUntil: '2026-11-23' },
    ]);
    // Escape closes the menu and gives the focus back.
    const snooze = within(view).getByRole('button', { name: 'Snooze' });
    await user.click(snooze);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(snooze);
  });

  it('dismisses for good, and sends the system the reminders from today on, worded for a notification', async () => {
    const user = userEvent.setup();
    const { netflix, gym } = await renderView();
    const view = screen.getByRole('region', { name: 'Needs attention' });
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    const schedule = sent.at(-1)!;
    expect(schedule.summary).toEqual({ title: 'Cancellation Journal', body: '{count} dates in your journal need attention' });
    expect(schedule.reminders.map((r) => [r.title, r.showOn, r.body])).toEqual([
      ['Netflix', '2026-11-20', 'Follow up: Nov 20, 2026 (today)'],
      ['Gym', '2026-11-20', 'Cancel by: Nov 27, 2026 (in 7 days)'],
      ['Gym', '2026-11-26', 'Cancel by: Nov 27, 2026 (in 1 day)'],
      ['Gym', '2026-11-27', 'Cancel by: Nov 27, 2026 (today)'],
    ]);
    const item = await within(view).findByText('Netflix');
    await user.click(within(item.closest('li')!).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() => expect(sent.at(-1)!.reminders.map((r) => r.caseId)).toEqual([gym.id, gym.id, gym.id]));
    expect((await db.reminderStates.get(`${netflix.id}|followUp|2026-11-20|0`))?.dismissed).toBe(true);
  });

  it('sends the time of day set in Settings with the schedule (09:00 until changed), and again when it changes', async () => {
    await renderView();
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(sent.at(-1)!.remindAt).toBe('09:00');
    await settingsRepository(db).setReminderTime('18:30');
    await waitFor(() => expect(sent.at(-1)!.remindAt).toBe('18:30'));
    expect(sent.at(-1)!.reminders).toHaveLength(4);
  });

  it('opens the case a reminder clicked while the window was closed left waiting, once the page is ready', async () => {
    waiting.caseId = 'case-from-a-notification';
    const { opened } = await renderView();
    await waitFor(() => expect(opened).toEqual(['case-from-a-notification']));
    expect(waiting.caseId).toBeNull();
  });

  it('draws the most urgent hundred of a long list first, and the rest a hundred at a time on request', async () => {
    const user = userEvent.setup();
    await db.deadlineEntries.bulkPut(
      Array.from({ length: 230 }, (_, index) => ({ caseId: `case-${index}`, kind: 'followUp' as const, on: '2026-11-20', caseTitle: `Case ${index}` })),
    );
    await renderView();
    const view = screen.getByRole('region', { name: 'Needs attention' });
    // 230 follow-ups plus the two cases renderView makes.
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(100));
    // The next hundred are asked of where the work is done (a worker in the app), so they come a moment later.
    await user.click(within(view).getByRole('button', { name: 'Show 100 more (132 left)' }));
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(200));
    await user.click(within(view).getByRole('button', { name: 'Show 32 more (32 left)' }));
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(232));
    expect(within(view).queryByRole('button', { name: /more/ })).toBeNull();
  }, 20_000);
});
