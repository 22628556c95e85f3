import { billingPeriods, caseStatuses, categories, type CaseStatus, type JournalCase } from '../src/shared/domain/caseSchema';
import { newCase } from '../src/shared/domain/newCase';
import { changeStatus } from '../src/shared/domain/statusChange';
import { timelineFromStatusHistory } from '../src/shared/domain/timeline';
import type { ChecklistTemplate } from '../src/shared/domain/templateSchema';
import { defaultTemplateFor } from '../src/shared/templates/builtInTemplates';
import type { JournalFileCase } from '../src/shared/journalFile/journalFileSchema';
import type { AttachmentKind } from '../src/shared/domain/caseVocabulary';
import { bytesToBase64, sha256Hex } from '../src/shared/journalFile/base64';

/** A small file the generated journal attaches to some cases (a receipt, a confirmation e-mail). */
export interface EvidenceSample {
  name: string;
  mediaType: string;
  kind: AttachmentKind;
  size: number;
  sha256: string;
  data: string;
}

/**
 * A few small evidence files, hashed once: at 100,000 cases every tenth case carries one, so the
 * journal has 10,000 attachments whose bytes the list, search and first screen must never read.
 */
export async function evidenceSamples(): Promise<EvidenceSample[]> {
  const files: [string, string, AttachmentKind, string][] = [
    ['receipt.txt', 'text/plain', 'receipt', 'Receipt INV-2026-10 · 49,000 IDR paid · Axis'],
    [
      'account-closed.eml',
      'message/rfc822',
      'confirmation',
      'From: support@axis.example\r\nSubject: Your account is closed\r\nDate: Sun, 08 Nov 2026 10:42:15 +0700\r\n\r\nYour account was closed. Confirmation AX-7781.',
    ],
    ['确认截图.txt', 'text/plain', 'screenshot', '注销成功，确认编号 AX-7781'],
  ];
  return Promise.all(
    files.map(async ([name, mediaType, kind, text]) => {
      const bytes = new TextEncoder().encode(text);
      return { name, mediaType, kind, size: bytes.length, sha256: await sha256Hex(bytes), data: bytesToBase64(bytes) };
    }),
  );
}

/** A seeded generator, so every run measures the same journal. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const providers = [
  'Netflix', 'Spotify', 'Axis', 'Telkomsel', 'Disney Plus', 'YouTube Premium', 'Adobe', 'Dropbox', 'Notion',
  'Figma', 'Peloton', 'Equinox', 'PureGym', 'Vodafone', 'Orange', 'T-Mobile', 'Comcast', 'Verizon',
  'Audible', 'Kindle Unlimited', 'HelloFresh', 'Duolingo', 'Headspace', 'Calm', 'NordVPN', 'GitHub',
  '中国移动', '中国联通', '中国电信', '爱奇艺', '腾讯视频', '优酷', '哔哩哔哩', '网易云音乐', 'QQ音乐', '乐刻运动',
  '超级猩猩', '百度网盘', 'WPS会员', '京东Plus', '美团会员', '饿了么', '喜马拉雅', '知乎盐选', '得到', 'Keep',
];
const englishNotes = [
  'Support said the refund takes five business days',
  'Called the hotline twice, waiting for the confirmation e-mail',
  'Balance moved to the family plan before cancelling',
  'They asked for a scan of my passport',
  'Old phone still bound, need to unbind from the portal',
  'Disputed the last invoice with my bank',
  'Number ported out before closing the account',
  'Chat agent promised the account will close next week',
];
const chineseNotes = [
  '客服说退款需要五个工作日',
  '已经打了两次客服电话，等待确认邮件',
  '注销前把余额转到了家庭套餐',
  '需要上传身份证件扫描件',
  '旧手机还没有解除绑定设备',
  '最后一张账单正在和银行申诉',
  '保号期间不想再扣服务费',
  '管理平台找不到注销入口，只能联系客服',
];

/** The default flow trimmed to eight items: three prerequisites, five steps. */
function eightStepTemplate(language: 'en' | 'zh-CN'): ChecklistTemplate {
  const template = defaultTemplateFor(language);
  const prerequisites = template.items.filter((item) => item.section === 'prerequisite').slice(0, 3);
  const steps = template.items.filter((item) => item.section === 'step').slice(0, 5);
  return { ...template, items: [...prerequisites, ...steps] };
}

/** `count` realistic cases: mixed statuses, 8-step checklists, devices, orders, English and Chinese notes. */
export function generateCases(count: number, seed = 42, evidence: readonly EvidenceSample[] = []): JournalFileCase[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const templates = { en: eightStepTemplate('en'), 'zh-CN': eightStepTemplate('zh-CN') };
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  let idCounter = 0;
  const id = () => {
    idCounter += 1;
    const hex = idCounter.toString(16).padStart(12, '0');
    return `${Math.floor(next() * 0xffffffff).toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
  };
  const cases: JournalFileCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const chinese = next() < 0.4;
    const provider = pick(providers);
    const created = new Date(start + Math.floor(next() * span));
    let c: JournalCase = newCase(
      templates[chinese ? 'zh-CN' : 'en'],
      {
        title: chinese ? `${provider} 注销 ${i}` : `${provider} cancellation ${i}`,
        providerName: provider,
        account: `+62 8${Math.floor(next() * 100)} ${Math.floor(1000 + next() * 9000)} ${Math.floor(1000 + next() * 9000)}`,
        category: pick(categories),
        currency: chinese ? 'CNY' : pick(['USD', 'EUR', 'IDR']),
      },
      created,
      id,
    );
    const done = Math.floor(next() * 9);
    c.checklist = c.checklist.map((item, index) => (index < done ? { ...item, state: 'done', completedOn: created.toISOString().slice(0, 10) } : item));
    c.notes = `${pick(chinese ? chineseNotes : englishNotes)}. ${pick(englishNotes)}; ${pick(chineseNotes)}`;
    c.balance = { ...c.balance, amount: String(Math.floor(next() * 100000)), outcome: pick(['none', 'spent', 'refund_requested', 'refunded']) };
    c.devices = Array.from({ length: Math.floor(next() * 3) }, (_, d) => ({
      id: id(),
      name: `Phone ${d + 1}`,
      kind: 'phone' as const,
      unbound: next() < 0.5,
      unboundOn: null,
    }));
    c.orders = Array.from({ length: Math.floor(next() * 3) }, (_, o) => ({
      id: id(),
      reference: `INV-${i}-${o}`,
      description: 'Monthly fee',
      amount: String(Math.floor(next() * 5000)),
      currency: c.balance.currency,
      dueOn: null,
      status: pick(['open', 'paid', 'cancelled'] as const),
    }));
    const status: CaseStatus = pick(caseStatuses);
    let at = created.getTime();
    for (const step of ['preparing', 'submitted', 'under_review', status] as CaseStatus[]) {
      if (caseStatuses.indexOf(step) > caseStatuses.indexOf(status) && step !== status) break;
      at += Math.floor(next() * 5 * 86_400_000);
      c = changeStatus(c, step, new Date(at).toISOString().slice(0, 10), new Date(at));
      if (step === status) break;
    }
    // Two cases in three record their fee (every billing period in turn), taken from the case's
    // number rather than the random sequence, so every other generated field stays as it was.
    if (i % 3 !== 0) c.recurringFee = { amount: `${5 + (i % 95)}.99`, period: billingPeriods[i % billingPeriods.length]! };
    c = { ...c, submission: { ...c.submission, referenceNumber: `REQ-${i}` }, updatedAt: new Date(at).toISOString() };
    const sample = evidence.length > 0 && i % 10 === 0 ? evidence[(i / 10) % evidence.length] : undefined;
    const attachments = sample
      ? [{ ...sample, id: id(), addedAt: c.updatedAt, stepId: c.checklist.at(-1)?.id ?? null, deletedAt: null }]
      : [];
    cases.push({ ...c, attachments, timeline: timelineFromStatusHistory(c, (index) => `status-${index}`) });
  }
  return cases;
}
