import { useTranslation } from 'react-i18next';
import { today } from '@shared/domain/calendarDate';
import { deviceKinds, type Device, type JournalCase } from '@shared/domain/caseSchema';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Section } from './Section';
import { patchById, type EditCase } from './useCase';

export function DevicesSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const patch = (id: string, change: Partial<Device>) => edit((x) => ({ ...x, devices: patchById(x.devices, id, change) }));
  const add = () => {
    // The id is made once, outside the change, so the screen and the database agree on it.
    const device: Device = { id: crypto.randomUUID(), name: '', kind: 'phone', unbound: false, unboundOn: null };
    edit((x) => ({ ...x, devices: [...x.devices, device] }));
  };
  const bound = c.devices.filter((device) => !device.unbound).length;
  return (
    <Section
      title={t('section.devices')}
      actions={
        <button type="button" onClick={add}>
          {t('action.addDevice')}
        </button>
      }
    >
      {c.devices.length === 0 ? (
        <p className="help">{t('devices.none')}</p>
      ) : (
        <p className="section-aside">{t('devices.stillBound', { count: bound })}</p>
      )}
      <ul className="item-list">
        {c.devices.map((device, index) => (
          <li key={device.id}>
            <fieldset className="item-card">
              <legend>{device.name || t('devices.numbered', { number: index + 1 })}</legend>
              <div className="field-grid">
                <TextField label={t('field.deviceName')} value={device.name} onSave={(name) => patch(device.id, { name })} />
                <SelectField
                  label={t('field.deviceKind')}
                  value={device.kind}
                  options={deviceKinds.map((kind) => ({ value: kind, label: t(`deviceKind.${kind}`) }))}
                  onChange={(kind) => patch(device.id, { kind })}
                />
                <div className="field checkbox-field">
                  <input
                    id={`unbound-${device.id}`}
                    type="checkbox"
                    checked={device.unbound}
                    onChange={(event) =>
                      patch(device.id, {
                        unbound: event.target.checked,
                        unboundOn: event.target.checked ? (device.unboundOn ?? today()) : null,
                      })
                    }
                  />
                  <label htmlFor={`unbound-${device.id}`}>{t('field.unbound')}</label>
                </div>
                {device.unbound && (
                  <DateField
                    label={t('field.unboundOn')}
                    value={device.unboundOn}
                    onSave={(unboundOn) => patch(device.id, { unboundOn })}
                  />
                )}
              </div>
              <button
                type="button"
                className="link-button danger"
                onClick={() => edit((x) => ({ ...x, devices: x.devices.filter((d) => d.id !== device.id) }))}
              >
                {t('action.removeDevice')}
              </button>
            </fieldset>
          </li>
        ))}
      </ul>
    </Section>
  );
}
