// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { resources } from '../../i18n/i18n';
import { ImportProgressBar } from './ImportDialog';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});
afterEach(cleanup);

const shown = (progress: Parameters<typeof ImportProgressBar>[0]['progress']) =>
  render(
    <I18nextProvider i18n={i18n}>
      <ImportProgressBar progress={progress} />
    </I18nextProvider>,
  );

describe('the import’s progress', () => {
  it('says the archive is being checked, without "0 of 0 MB", until main knows how much there is', () => {
    shown({ phase: 'unpacking', done: 0, total: 0 });
    expect(screen.getByRole('status').textContent).toBe('Checking the archive…');
    // An indeterminate bar: no value to read as "none of it done".
    expect(screen.getByRole('progressbar').getAttribute('value')).toBeNull();
  });

  it('then counts the megabytes checked, in the interface’s language', async () => {
    shown({ phase: 'unpacking', done: 3 * 1024 * 1024, total: 72 * 1024 * 1024 });
    expect(screen.getByRole('status').textContent).toMatch(/^Checking the archive: 3\.0 of 72\.0 MB…$/);
    cleanup();
    await i18n.changeLanguage('zh-CN');
    shown({ phase: 'unpacking', done: 3 * 1024 * 1024, total: 72 * 1024 * 1024 });
    expect(screen.getByRole('status').textContent).toContain('72.0 MB');
    expect(screen.getByRole('status').textContent).toContain('正在检查归档');
    await i18n.changeLanguage('en');
  });

  it('counts cases once the archive is checked', () => {
    shown({ phase: 'writing', done: 1200, total: 100000 });
    expect(screen.getByRole('status').textContent).toBe('Importing case 1,200 of 100,000…');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('1200');
  });
});
