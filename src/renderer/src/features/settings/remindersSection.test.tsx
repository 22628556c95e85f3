// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { JournalDatabase } from '../../db/journalDatabase';
import { settingsRepository } from '../../db/settingsRepository';
import { NoticeProvider } from '../../notices';
import { parseLeadDays, RemindersSection } from './RemindersSection';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});
let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`reminder-settings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** Settings' reminders part over this test's journal, as the app draws it (notices included). */
function renderSection() {
  return render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={{ db } as unknown as Journal}>
        <NoticeProvider>
          <RemindersSection />
        </NoticeProvider>
      </JournalContext.Provider>
    </I18nextProvider>,
  );
}

describe('reminder lead days in Settings', () => {
  it('reads days separated by commas (also Chinese ones), and refuses what is not 1 to 5 whole days within a year', () => {
    expect(parseLeadDays('7, 1')).toEqual([7, 1]);
    expect(parseLeadDays('14，3、1')).toEqual([14, 3, 1]);
    expect(parseLeadDays('')).toBeNull();
    expect(parseLeadDays('0')).toBeNull();
    expect(parseLeadDays('400')).toBeNull();
    expect(parseLeadDays('1.5')).toBeNull();
    expect(parseLeadDays('1, 2, 3, 4, 5, 6')).toBeNull();
  });

  it('shows 7, 1 until changed, saves what is typed key by key, and says why a wrong value is refused', async () => {
    const user = userEvent.setup();
    renderSection();
    const field = screen.getByRole('textbox', { name: 'Remind me days before a deadline' });
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('7, 1'));
    await user.clear(field);
    await user.type(field, '3, 14');
    await user.tab();
    await waitFor(async () => expect(await settingsRepository(db).reminderLeadDays()).toEqual([14, 3]));
    expect((field as HTMLInputElement).value).toBe('14, 3');

    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Write up to five whole numbers of days from 1 to 365, separated by commas.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await settingsRepository(db).reminderLeadDays()).toEqual([14, 3]);
  });

  it('shows 09:00 as the time reminders come until changed, saves a time typed key by key, and says so when the field is emptied', async () => {
    const user = userEvent.setup();
    renderSection();
    const field = screen.getByLabelText('Remind me at') as HTMLInputElement;
    expect(field.type).toBe('time');
    await waitFor(() => expect(field.value).toBe('09:00'));
    await user.clear(field);
    await user.type(field, '18:30');
    await waitFor(async () => expect(await settingsRepository(db).reminderTime()).toBe('18:30'));

    await user.clear(field);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Choose a time of day, for example 09:00.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await settingsRepository(db).reminderTime()).toBe('18:30');
  });

  it('says so when a reminder time cannot be saved (the journal closed under it)', async () => {
    const user = userEvent.setup();
    renderSection();
    const field = screen.getByLabelText('Remind me at') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('09:00'));
    db.close();
    await user.clear(field);
    await user.type(field, '07:15');
    const notices = await screen.findAllByText(/^The setting could not be saved: /);
    expect(notices[0]!.textContent).toMatch(/closed/i);
  });

  it('shows a reminder time changed in another window', async () => {
    renderSection();
    const field = screen.getByLabelText('Remind me at') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('09:00'));
    // Another window (another database object on the same journal) saves 20:45.
    const otherWindow = new JournalDatabase(db.name);
    await settingsRepository(otherWindow).setReminderTime('20:45');
    otherWindow.close();
    await waitFor(() => expect(field.value).toBe('20:45'));
  });

  it('refuses to keep a reminder time that is not a time of day', async () => {
    await expect(settingsRepository(db).setReminderTime('25:00')).rejects.toThrow('HH:MM');
    await expect(settingsRepository(db).setReminderTime('9:00')).rejects.toThrow('HH:MM');
    await db.settings.put({ key: 'reminderTime', value: 'noon' });
    expect(await settingsRepository(db).reminderTime()).toBe('09:00');
  });
});
