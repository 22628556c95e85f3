import type { JournalCase, TemplateLanguage } from './caseSchema';
import { newCase } from './newCase';
import type { ChecklistTemplate } from './templateSchema';

/** The words of the example, in the template's language. */
const exampleText: Record<TemplateLanguage, { title: string; device: string; tag: string; notes: string }> = {
  en: {
    title: 'Axis eSIM travel number',
    device: 'My phone',
    tag: 'example',
    notes:
      'An example to try the journal on: a prepaid number-keeping eSIM plan with some credit left and a phone still bound. Change anything, or delete it when you start your own cases.',
  },
  'zh-CN': {
    title: 'Axis eSIM 旅行保号卡',
    device: '我的手机',
    tag: '示例',
    notes: '一个用来试用日志的示例：预付费保号 eSIM 套餐，还剩一些余额，还有一台手机未解除绑定。可以随意修改，开始记录自己的事项后删除即可。',
  },
};

/**
 * The example case the first-run screen offers: the default flow for an Axis eSIM travel number,
 * the plan the default template was written for, with a balance still on it and a phone still
 * bound, so the checklist, the summary and the warnings have something to show.
 */
export function exampleCase(template: ChecklistTemplate, now: Date, newId: () => string): JournalCase {
  const text = exampleText[template.language];
  const currency = 'IDR';
  const created = newCase(
    template,
    { title: text.title, providerName: 'Axis', account: '+62 812 3456 4821', category: 'phone_esim', currency, country: 'ID' },
    now,
    newId,
  );
  return {
    ...created,
    tags: [text.tag],
    notes: text.notes,
    balance: { ...created.balance, amount: '25000' },
    // An Axis travel number's keep-alive plan: what the Overview counts as saved once it is confirmed.
    recurringFee: { amount: '15000', period: 'monthly' },
    devices: [{ id: newId(), name: text.device, kind: 'phone', unbound: false, unboundOn: null }],
  };
}
