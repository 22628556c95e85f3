import { expect, type Locator, type Page } from '@playwright/test';

import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import enFlow from '../src/shared/templates/default-flow.en.json';
import zhCNFlow from '../src/shared/templates/default-flow.zh-CN.json';

/** The shape both locales share (zh-CN.json's; en.json adds plural forms Chinese does without). */
type Locale = typeof zhCN;
type Flow = typeof zhCNFlow;

/** A text with its `{{values}}` filled in (`{{count, number}}` as the app formats a number). */
function fill(text: string, language: string, values: Record<string, string | number>): string {
  return text.replace(/{{(\w+)(?:, *(\w+))?}}/g, (_, name: string, format?: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {{${name}}} in “${text}”`);
    return format === 'number' && typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : String(value);
  });
}

/**
 * A text whose `{{values}}` may be anything, as a whole-string pattern; a number (`{{count, number}}`)
 * stands for digits: “Trash ({{count, number}})” → /^Trash \((?:\d[\d,.\s]*)\)$/.
 */
function pattern(text: string): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = text.split(/({{[^}]+}})/).map((part, index) => (index % 2 === 0 ? escape(part) : /, *number}}$/.test(part) ? '(?:\\d[\\d,.\\s]*)' : '.+'));
  return new RegExp(`^${parts.join('')}$`);
}

/** The plural form of `key` in `group` that `language` uses for `count` (`key_one`, `key_other`, …), as i18next chooses it. */
function plural(group: Record<string, string>, key: string, language: string, count: number): string {
  const form = group[`${key}_${new Intl.PluralRules(language).select(count)}`] ?? group[`${key}_other`];
  if (form === undefined) throw new Error(`no plural form of ${key} for ${count} in ${language}`);
  return form;
}

/** The title of a step of the default checklist, by its key in the template. */
function step(flow: Flow, key: string): string {
  const item = flow.items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`the default template has no step “${key}”`);
  return item.title;
}

/**
 * Copy the tests look for, per UI language, read from the translation files themselves (and the
 * default template's steps from the template), so a change of wording cannot leave the tests behind.
 */
function copyOf(language: 'en' | 'zh-CN', l: Locale, flow: Flow, exampleTitle: string) {
  return {
    newCase: l.action.newCase,
    create: l.action.create,
    deleteCase: l.action.deleteCase,
    restore: l.action.restore,
    addDevice: l.action.addDevice,
    addOrder: l.action.addOrder,
    title: l.field.title,
    provider: l.field.provider,
    account: l.field.account,
    category: l.field.category,
    template: l.field.template,
    balance: l.field.balance,
    currency: l.field.currency,
    outcome: l.field.balanceOutcome,
    submittedOn: l.field.submittedOn,
    referenceNumber: l.field.referenceNumber,
    review: l.field.reviewBusinessDays,
    confirmedOn: l.field.confirmedOn,
    confirmationNumber: l.field.confirmationNumber,
    status: l.field.status,
    notes: l.field.notes,
    search: l.list.search,
    statusFilter: l.list.statusFilter,
    categoryFilter: l.list.categoryFilter,
    language: l.settings.language,
    settings: l.action.settings,
    overview: l.action.overview,
    trash: pattern(l.action.openTrash_other),
    trashCount: (count: number) => fill(plural(l.action, 'openTrash', language, count), language, { count }),
    backToJournal: l.action.backToJournal,
    emptyTrash: l.action.emptyTrash,
    deviceName: l.field.deviceName,
    unbound: l.field.unbound,
    unboundOn: l.field.unboundOn,
    orderReference: l.field.orderReference,
    orderAmount: l.field.orderAmount,
    orderStatus: l.field.orderStatus,
    devicesSection: l.section.devices,
    ordersSection: l.section.orders,
    balanceSection: l.section.balance,
    cases: l.list.cases,
    firstStep: step(flow, 'balance'),
    secondStep: step(flow, 'devices'),
    signIn: step(flow, 'sign-in'),
    happenedOn: l.statusChange.happenedOn,
    changeStatus: l.statusChange.confirm,
    summary: l.casePage.summary,
    submittedFact: l.casePage.submitted,
    decisionDueFact: l.casePage.decisionDue,
    confirmedFact: l.casePage.confirmed,
    checklistFact: l.casePage.checklist,
    nextFact: l.casePage.next,
    openFact: l.casePage.open,
    notYet: l.casePage.notYet,
    detailsSection: l.section.details,
    checklistSection: l.section.checklist,
    historySection: l.section.history,
    startExample: l.casePage.startExample,
    startOwn: l.casePage.startOwn,
    exampleTitle,
    undo: l.casePage.undo,
    movedToTrash: (title: string) => fill(l.trash.movedToTrash, language, { title }),
    help: l.casePage.help,
    completedOn: l.checklist.completedOn,
    skip: l.checklist.skip,
    skipped: l.casePage.skipped,
    draft: l.status.draft,
    submittedStatus: l.status.submitted,
    balanceNotSettled: l.warning.balanceNotSettled,
    devicesStillBound: (count: number) =>
      fill(plural(l.warning, 'devicesStillBound', language, count), language, { count }),
    pickOrCreate: l.list.pickOrCreate,
    importJson: l.action.importJson,
    importAction: l.action.import,
    exportPdf: l.action.exportPdf,
    close: l.action.close,
    cancel: l.action.cancel,
    reportPreview: l.report.previewLabel,
    reportPages: l.report.pages,
    emptyList: l.list.empty,
    history: l.section.history,
    addContact: l.history.addContact,
    saveContact: l.contact.save,
    correctContact: l.history.correctContact,
    contactAt: l.contact.at,
    contactChannel: l.contact.channel,
    contactWho: l.contact.who,
    contactSaid: l.contact.said,
    contactReference: l.contact.reference,
    historyShow: l.history.show,
    historySearch: l.history.search,
    historyKinds: l.history.kind,
    channels: l.contactChannel,
    corrected: l.history.corrected,
    correction: l.history.correction,
    exported: l.history.exported,
    savePdf: l.report.savePdf,
    changeDateOf: (status: string) => fill(l.statusChange.editDate, language, { status }),
    printed: l.history.printed,
    stepDone: (title: string) => fill(l.history.step.done, language, { title }),
    referenceGiven: (reference: string) => fill(l.history.referenceGiven, language, { reference }),
    fieldChange: (field: string, from: string, to: string) => fill(l.history.fieldChange, language, { field, from, to }),
    none: l.history.none,
    exportJson: l.action.exportJson,
  };
}

export const copy = {
  en: copyOf('en', en, enFlow, 'Axis eSIM travel number'),
  'zh-CN': copyOf('zh-CN', zhCN, zhCNFlow, 'Axis eSIM 旅行保号卡'),
};
export type Language = keyof typeof copy;

/** The journal as a user sees it; tests speak in its terms, not in selectors. */
export class JournalPage {
  readonly t: (typeof copy)[Language];

  constructor(
    readonly page: Page,
    readonly language: Language = 'en',
  ) {
    this.t = copy[language];
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.waitUntilReady();
  }

  /** Reloads once every pending save has reached IndexedDB, like a restart of the app. */
  async reload(): Promise<void> {
    await this.waitForSaves();
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** The app marks <html> once it has rendered; no sleeping. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('html[data-journal-ready="true"]')).toBeAttached();
  }

  async waitForSaves(): Promise<void> {
    const indicator = this.page.locator('.save-state');
    if (await indicator.count()) await expect(indicator).toHaveAttribute('data-pending-saves', '0');
  }

  field(label: string, scope: Page | Locator = this.page): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  get editor(): Locator {
    return this.page.locator('.case-editor');
  }

  section(heading: string): Locator {
    return this.page.locator('section.editor-section', { has: this.page.getByRole('heading', { name: heading, exact: true }) });
  }

  /** The button inside a section's heading that collapses and expands it. */
  sectionToggle(heading: string): Locator {
    return this.page.getByRole('heading', { name: heading, exact: true }).getByRole('button');
  }

  /** The strip at the top of a case: status, dates, progress, next step, what is open. */
  get summary(): Locator {
    return this.page.getByRole('region', { name: this.t.summary, exact: true });
  }

  /** The value of one fact of the summary strip, by its label ("Submitted", "Decision due", …). */
  summaryFact(label: string): Locator {
    return this.summary.locator('.summary-fact', { has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  }

  /** The case's status control, at the head of the summary strip. */
  get statusField(): Locator {
    return this.field(this.t.status, this.summary);
  }

  /** The element a toggle button says it shows and hides (its aria-controls). */
  async controlledBy(button: Locator): Promise<Locator> {
    const id = await button.getAttribute('aria-controls');
    expect(id, 'the toggle names what it controls').toBeTruthy();
    return this.page.locator(`[id="${id}"]`);
  }

  /** A checklist step's row, by its title. */
  stepRow(title: string): Locator {
    return this.page.locator('li.checklist-item', { has: this.step(title) });
  }

  get caseList(): Locator {
    return this.page.getByRole('listbox');
  }

  rows(): Locator {
    return this.caseList.getByRole('option');
  }

  row(title: string): Locator {
    return this.rows().filter({ has: this.page.locator('.row-title', { hasText: title }) });
  }

  async createCase(input: { title: string; provider?: string; account?: string; category?: string }): Promise<void> {
    await this.page.getByRole('button', { name: this.t.newCase, exact: true }).click();
    const form = this.page.locator('form.new-case');
    await this.field(this.t.title, form).fill(input.title);
    if (input.provider) await this.field(this.t.provider, form).fill(input.provider);
    if (input.account) await this.field(this.t.account, form).fill(input.account);
    if (input.category) await this.field(this.t.category, form).selectOption({ label: input.category });
    await form.getByRole('button', { name: this.t.create, exact: true }).click();
    await expect(this.field(this.t.title, this.editor)).toHaveValue(input.title);
  }

  async openCase(title: string): Promise<void> {
    await this.row(title).click();
    await expect(this.field(this.t.title, this.editor)).toHaveValue(title);
  }

  step(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: this.t.search }).fill(text);
  }

  async expectListed(titles: string[]): Promise<void> {
    await expect(this.rows().locator('.row-title')).toHaveText(titles);
  }

  /**
   * Moves the open case to `status`; the app asks the day it happened, which is left as offered
   * or typed key by key (`on`).
   */
  async changeStatus(status: string, on?: string): Promise<void> {
    await this.statusField.selectOption(status);
    const dialog = this.page.getByRole('dialog');
    const date = this.field(this.t.happenedOn, dialog);
    await expect(date).toBeVisible();
    if (on !== undefined) await this.typeOver(date, on);
    await dialog.getByRole('button', { name: this.t.changeStatus, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Selects what a field holds and types over it key by key, as people do; does not leave the field. */
  async typeOver(locator: Locator, text: string): Promise<void> {
    await locator.click();
    await locator.press('ControlOrMeta+a');
    await locator.pressSequentially(text);
  }

  /** Fills a self-saving field and leaves it, as a person tabbing through a form would. */
  async fillAndLeave(locator: Locator, value: string): Promise<void> {
    await locator.fill(value);
    await locator.press('Tab');
  }
}
