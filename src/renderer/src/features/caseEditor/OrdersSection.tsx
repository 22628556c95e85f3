import { useTranslation } from 'react-i18next';
import { orderStatuses, type JournalCase, type Order } from '@shared/domain/caseSchema';
import { AmountField } from '../../components/AmountField';
import { CurrencyField } from '../../components/CurrencyField';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Section } from './Section';
import { patchById, type EditCase } from './useCase';

export function OrdersSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const patch = (id: string, change: Partial<Order>) => edit((x) => ({ ...x, orders: patchById(x.orders, id, change) }));
  const add = () => {
    // The id is made once, outside the change, so the screen and the database agree on it.
    const id = crypto.randomUUID();
    edit((x) => ({
      ...x,
      orders: [
        ...x.orders,
        { id, reference: '', description: '', amount: null, currency: x.balance.currency, dueOn: null, status: 'open' },
      ],
    }));
  };
  const open = c.orders.filter((order) => order.status === 'open' || order.status === 'disputed').length;
  return (
    <Section
      title={t('section.orders')}
      actions={
        <button type="button" onClick={add}>
          {t('action.addOrder')}
        </button>
      }
    >
      {c.orders.length === 0 ? (
        <p className="help">{t('orders.none')}</p>
      ) : (
        <p className="section-aside">{t('orders.open', { count: open })}</p>
      )}
      <ul className="item-list">
        {c.orders.map((order, index) => (
          <li key={order.id}>
            <fieldset className="item-card">
              <legend>{order.reference || order.description || t('orders.numbered', { number: index + 1 })}</legend>
              <div className="field-grid">
                <TextField label={t('field.orderReference')} value={order.reference} onSave={(reference) => patch(order.id, { reference })} />
                <TextField
                  label={t('field.orderDescription')}
                  value={order.description}
                  onSave={(description) => patch(order.id, { description })}
                />
                <CurrencyField label={t('field.currency')} value={order.currency} onSave={(currency) => patch(order.id, { currency })} />
                <AmountField
                  label={t('field.orderAmount')}
                  value={order.amount}
                  currency={order.currency}
                  onSave={(amount) => patch(order.id, { amount })}
                />
                <DateField label={t('field.dueOn')} value={order.dueOn} onSave={(dueOn) => patch(order.id, { dueOn })} />
                <SelectField
                  label={t('field.orderStatus')}
                  value={order.status}
                  options={orderStatuses.map((status) => ({ value: status, label: t(`orderStatus.${status}`) }))}
                  onChange={(status) => patch(order.id, { status })}
                />
              </div>
              <button
                type="button"
                className="link-button danger"
                onClick={() => edit((x) => ({ ...x, orders: x.orders.filter((o) => o.id !== order.id) }))}
              >
                {t('action.removeOrder')}
              </button>
            </fieldset>
          </li>
        ))}
      </ul>
    </Section>
  );
}
