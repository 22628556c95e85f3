// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import ICAL from 'ical.js';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { settingsRepository } from '../../db/settingsRepository';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository } from '../../db/caseRepository';
import { NoticeProvider } from '../../notices';

// The desktop's platform: the menu's message comes through the bridge, the file goes to main's save dialog.
const bridge = vi.hoisted(() => ({
  saved: [] as { suggestedName: string; contents: Uint8Array }[],
  menuListeners: new Set<() => void>(),
  /** While set, the save dialog stays open. */
  dialogOpen: null as Promise<void> | null,
}));
vi.mock('@platform', () => ({
  desktopBridge: {
    invoke: async (channel: string, request: { suggestedName: string; contents: Uint8Array }) => {
      if (channel !== 'calendar:save-ics') throw new Error(`Unexpected channel ${channel}`);
      bridge.saved.push(request);
      await bridge.dialogOpen;
      return { status: 'saved', path: `/home/user/${request.suggestedName}` };
    },
    onOpenCase: () => () => undefined,
    onExportAllDeadlines: (listener: () => void) => {
      bridge.menuListeners.add(listener);
      return () => bridge.menuListeners.delete(listener);
    },
  },
  inAppReminders: null,
}));

const { DeadlineExportProvider, ExportDeadlinesButton } = await import('./index');

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`deadline-export-${crypto.randomUUID()}`);
  bridge.saved.length = 0;
  bridge.menuListeners.clear();
  bridge.dialogOpen = null;
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function journalWithADeadline() {
  const cases = caseRepository(db);
  const gym = await cases.create(defaultTemplateFor('en'), { title: 'Gym', providerName: 'FitCo', account: '', category: 'other', currency: 'USD', country: 'US' });
  await cases.edit(gym.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-12-31' } }));
  return { db, cases } as unknown as Journal;
}

function renderExport(journal: Journal, withButton: boolean) {
  return render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={journal}>
        <NoticeProvider>
          <DeadlineExportProvider>{withButton && <ExportDeadlinesButton />}</DeadlineExportProvider>
        </NoticeProvider>
      </JournalContext.Provider>
    </I18nextProvider>,
  );
}

/** The saved file's events, read back by ical.js: title, day, and when each alarm rings. */
function savedEvents(file: Uint8Array) {
  const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(file)));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      on: event.startDate.toString(),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => {
        const ringsAt = ICAL.Time.fromDateTimeString(`${event.startDate.toString()}T00:00:00`);
        ringsAt.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
        return ringsAt.toString();
      }),
    };
  });
}

describe('Export all deadlines', () => {
  it('runs from the application menu (main asks the page), with an alarm on each lead day at the reminder time from Settings', async () => {
    const journal = await journalWithADeadline();
    await settingsRepository(db).setReminderLeadDays([14, 3]);
    await settingsRepository(db).setReminderTime('18:30');
    // No button on screen: the list's actions may be folded away; the menu works all the same.
    renderExport(journal, false);
    expect(bridge.menuListeners.size).toBe(1);
    for (const listener of bridge.menuListeners) listener();
    await waitFor(() => expect(bridge.saved).toHaveLength(1));
    expect(bridge.saved[0]!.suggestedName).toMatch(/\.ics$/);
    expect(savedEvents(bridge.saved[0]!.contents)).toEqual([
      { summary: expect.stringContaining('Gym'), on: '2026-12-31', alarms: ['2026-12-17T18:30:00', '2026-12-28T18:30:00'] },
    ]);
    expect(await screen.findByText(/1 deadline saved as a calendar to \/home\/user\//)).toBeTruthy();
  });

  it('runs the same export from the button, with the default alarms 7 days and 1 day before at 09:00, and ignores the menu while it runs', async () => {
    const user = userEvent.setup();
    const journal = await journalWithADeadline();
    renderExport(journal, true);
    let closeDialog = () => {};
    bridge.dialogOpen = new Promise((resolve) => (closeDialog = resolve));
    const button = screen.getByRole('button', { name: 'Export all deadlines' });
    await user.click(button);
    await waitFor(() => expect(bridge.saved).toHaveLength(1));
    // Chosen in the menu while the save dialog is still open: not a second export.
    for (const listener of bridge.menuListeners) listener();
    closeDialog();
    expect(await screen.findByText(/1 deadline saved as a calendar/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.saved).toHaveLength(1);
    expect(savedEvents(bridge.saved[0]!.contents)[0]!.alarms).toEqual(['2026-12-24T09:00:00', '2026-12-30T09:00:00']);
  });

  it('stops hearing the menu when the journal closes', () => {
    const { unmount } = renderExport({ db } as unknown as Journal, false);
    expect(bridge.menuListeners.size).toBe(1);
    unmount();
    expect(bridge.menuListeners.size).toBe(0);
  });
});
