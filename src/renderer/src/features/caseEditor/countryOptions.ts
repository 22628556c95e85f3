/** Region codes the platform names that are not countries with holidays of their own. */
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const byLocale = new Map<string, { value: string; label: string }[]>();

/**
 * Every ISO 3166-1 alpha-2 country the platform can name, by name in `locale` (`Indonesia`,
 * `印度尼西亚`), sorted as that language sorts. Made from Intl, not a hand table, once per language.
 */
export function countryOptions(locale: string): { value: string; label: string }[] {
  let options = byLocale.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    options = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        const label = notCountries.has(code) ? undefined : names.of(code);
        if (label && label !== code) options.push({ value: code, label });
      }
    }
    const collator = new Intl.Collator(locale);
    options.sort((a, b) => collator.compare(a.label, b.label));
    byLocale.set(locale, options);
  }
  return options;
}
