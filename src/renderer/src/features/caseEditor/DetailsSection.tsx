import { useTranslation } from 'react-i18next';
import { categories, WebAddressSchema, type JournalCase } from '@shared/domain/caseSchema';
import { IpcChannel } from '@shared/ipc/channels';
import { countryOfCurrency, normalisedAccount } from '@shared/domain/phoneAccount';
import { desktopBridge } from '@platform';
import { useNotify } from '../../notices';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Section } from './Section';
import type { EditCase } from './useCase';

export function DetailsSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const notify = useNotify();
  // A refused link (an address on this computer or the local network) says why, in the app's words.
  const openPortal = (url: string) =>
    desktopBridge.invoke(IpcChannel.openExternal, { url }).catch((error: unknown) => {
      notify('error', (t) => t('editor.portalFailed', { message: error instanceof Error ? error.message : String(error) }));
    });
  return (
    <Section title={t('section.details')}>
      <div className="field-grid">
        <TextField
          label={t('field.provider')}
          value={c.provider.name}
          onSave={(name) => edit((x) => ({ ...x, provider: { ...x.provider, name } }))}
        />
        <TextField
          label={t('field.account')}
          value={c.account}
          placeholder={t('field.accountPlaceholder')}
          onSave={(account) => edit((x) => ({ ...x, account: normalisedAccount(account, countryOfCurrency(x.balance.currency)) }))}
        />
        <SelectField
          label={t('field.category')}
          value={c.category}
          options={categories.map((category) => ({ value: category, label: t(`category.${category}`) }))}
          onChange={(category) => edit((x) => ({ ...x, category }))}
        />
        <div className="field-with-action">
          <TextField
            label={t('field.portalUrl')}
            type="url"
            value={c.provider.portalUrl}
            placeholder="https://"
            validate={(text) => (WebAddressSchema.safeParse(text.trim()).success ? null : t('field.urlProblem'))}
            onSave={(portalUrl) => edit((x) => ({ ...x, provider: { ...x.provider, portalUrl: portalUrl.trim() } }))}
          />
          {c.provider.portalUrl && (
            <button
              type="button"
              onClick={() => void openPortal(c.provider.portalUrl)}
            >
              {t('action.openPortal')}
            </button>
          )}
        </div>
        <TextField
          label={t('field.supportContact')}
          value={c.provider.supportContact}
          onSave={(supportContact) => edit((x) => ({ ...x, provider: { ...x.provider, supportContact } }))}
        />
        <TextField
          label={t('field.tags')}
          value={c.tags.join(', ')}
          placeholder={t('field.tagsPlaceholder')}
          onSave={(text) =>
            edit((x) => ({
              ...x,
              tags: [...new Set(text.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))].slice(0, 50),
            }))
          }
        />
      </div>
      <TextField
        label={t('field.notes')}
        multiline
        value={c.notes}
        onSave={(notes) => edit((x) => ({ ...x, notes }))}
      />
    </Section>
  );
}
