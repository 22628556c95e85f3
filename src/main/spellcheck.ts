/**
 * Spelling without sending anything anywhere. On macOS Chromium asks the system's own spellchecker,
 * which needs no download. On Windows and Linux Electron's spellchecker is Hunspell, whose
 * dictionaries it downloads from Google's servers the first time; so there it stays off, and the
 * download address points at a closed port on this machine in case anything turns it on.
 */
export function usesSystemSpellchecker(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** A dictionary "server" that refuses at once without a byte leaving the computer. */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

interface SpellcheckSession {
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

export function configureSpellcheck(session: SpellcheckSession, platform: NodeJS.Platform): void {
  const system = usesSystemSpellchecker(platform);
  if (!system) session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  session.setSpellCheckerEnabled(system);
}
