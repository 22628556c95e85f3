import type { PhoneAccounts } from '@shared/domain/searchWords';

let loading: Promise<PhoneAccounts> | undefined;

/**
 * The phone-number module, which list entries' words need (see `listEntryOf`). It carries
 * libphonenumber and its metadata, so it loads with the first write or import, never with the
 * first screen. Load it before a transaction: awaiting anything but the database inside one lets
 * it commit early (in an upgrade, wrap it in `Dexie.waitFor`).
 */
export function loadPhoneAccounts(): Promise<PhoneAccounts> {
  loading ??= import('@shared/domain/phoneAccount').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
