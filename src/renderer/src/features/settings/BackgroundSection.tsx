import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackgroundSettings, BackgroundState } from '@shared/ipc/contract';
import type { BackgroundSettingsAccess } from '../../platform/backgroundSettings';
import { useNotify } from '../../notices';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Keep running in the tray" and "Open at login": both off until the user turns them on, each
 * saying what it does. Where login items do not exist (Linux), the switch is off and says why.
 */
export function BackgroundSection({ access }: { access: BackgroundSettingsAccess }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const id = useId();
  const [state, setState] = useState<BackgroundState | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    let current = true;
    access.read().then(
      (read) => current && setState(read),
      (error: unknown) => notify('error', (t) => t('settings.settingNotSaved', { message: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [access, notify]);
  if (state === null) return null;
  const change = async (next: Partial<BackgroundSettings>) => {
    setSaving(true);
    try {
      setState(await access.change({ keepRunningInTray: state.keepRunningInTray, openAtLogin: state.openAtLogin, ...next }));
    } catch (error) {
      notify('error', (t) => t('settings.settingNotSaved', { message: messageOf(error) }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="settings-background" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.background')}</h3>
      <div className="field">
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={state.keepRunningInTray}
            disabled={saving}
            aria-describedby={`${id}-tray`}
            onChange={(event) => void change({ keepRunningInTray: event.target.checked })}
          />{' '}
          {t('settings.keepRunningInTray')}
        </label>
        <p className="help" id={`${id}-tray`}>
          {t('settings.keepRunningInTrayHelp')}
        </p>
      </div>
      <div className="field">
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={state.openAtLogin}
            disabled={saving || !state.openAtLoginSupported}
            aria-describedby={`${id}-login`}
            onChange={(event) => void change({ openAtLogin: event.target.checked })}
          />{' '}
          {t('settings.openAtLogin')}
        </label>
        <p className="help" id={`${id}-login`}>
          {state.openAtLoginSupported ? t('settings.openAtLoginHelp') : t('settings.openAtLoginUnsupported')}
        </p>
      </div>
    </section>
  );
}
