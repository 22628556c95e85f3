/**
 * The user's country as the system's languages say it (`en-ID`, `zh-CN`; a bare `zh` is taken as
 * its likeliest region, CN), for a new case whose provider has no earlier case. Null when no
 * language names a country (`es-419` is Latin America, not a country).
 */
export function userRegion(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): string | null {
  for (const language of languages) {
    try {
      const region = new Intl.Locale(language).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // A malformed language tag from the system: try the next.
    }
  }
  return null;
}
