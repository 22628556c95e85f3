import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languagePreferences, type LanguagePreference } from '../../db/settingsRepository';
import { useJournal } from '../../journalContext';
import { BackupsSection } from './BackupsSection';
import { BackgroundSection } from './BackgroundSection';
import { backgroundSettings } from '@platform';
import { RemindersSection } from './RemindersSection';

export default function SettingsView() {
  const { t } = useTranslation();
  const { languagePreference, setLanguagePreference, appInfo } = useJournal();
  const id = useId();
  return (
    <div className="settings">
      <h2>{t('settings.heading')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('settings.language')}</label>
        <select
          id={id}
          value={languagePreference}
          onChange={(event) => void setLanguagePreference(event.target.value as LanguagePreference)}
        >
          {languagePreferences.map((option) => (
            <option key={option} value={option}>
              {/* Each language names itself, so a user lost in the wrong one can find theirs. */}
              {option === 'system' ? t('settings.languageSystem') : option === 'en' ? 'English' : '简体中文'}
            </option>
          ))}
        </select>
      </div>
      <p className="help">{t('settings.theme')}</p>
      <dl className="about">
        <dt>{t('settings.version')}</dt>
        <dd>{appInfo.version}</dd>
        <dt>{t('settings.dataFolder')}</dt>
        <dd>
          {appInfo.dataFolder.kind === 'folder' ? <code>{appInfo.dataFolder.path}</code> : t('settings.browserDataFolder')}
        </dd>
      </dl>
      {/* Chosen at build time: the desktop app has a tray and login items, a browser page has neither. */}
      {backgroundSettings && <BackgroundSection access={backgroundSettings} />}
      <RemindersSection />
      <BackupsSection />
    </div>
  );
}
