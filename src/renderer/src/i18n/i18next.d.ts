import type en from './locales/en.json';

/**
 * Typed translations: `t('a.key')` must name a text of en.json (the source of truth, which
 * zh-CN.json follows key for key), and must be given every `{{value}}` that text fills in.
 * TypeScript reads en.json through `locales/en.d.json.ts`, generated from it, which keeps
 * each text's literal (a JSON import alone would widen them all to `string`).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
    strictKeyChecks: true;
    strictInterpolationChecks: true;
  }
}
