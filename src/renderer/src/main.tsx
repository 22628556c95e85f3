import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from './platform/desktopBridge';
import { journalDatabase } from './db/journalDatabase';
import { settingsRepository } from './db/settingsRepository';
import { resolveLanguage } from './i18n/language';
import { startI18n } from './i18n/i18n';
import { JournalRoot } from './JournalRoot';
import { primeFirstScreen } from './features/caseList/firstScreen';
import './styles.css';

async function start() {
  performance.mark('journal:script');
  const db = journalDatabase();
  const settings = settingsRepository(db);
  const [appInfo, preference] = await Promise.all([
    desktopBridge.invoke(IpcChannel.getAppInfo, undefined),
    settings.languagePreference(),
    // In parallel with the settings: the first screen of the list, so it renders with its rows.
    primeFirstScreen(db).catch((error: unknown) => console.error('Could not read the first screen early', error)),
  ]);
  performance.mark('journal:settings-read');
  await startI18n(resolveLanguage(preference, appInfo.systemLanguages));
  performance.mark('journal:i18n');
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <JournalRoot db={db} appInfo={appInfo} initialPreference={preference} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Shown even if React never mounts, so a broken profile is visible rather than a blank window.
  const message = document.createElement('pre');
  message.setAttribute('role', 'alert');
  message.textContent = `Cancellation Journal could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.append(message);
});
