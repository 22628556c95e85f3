import { expect, type Locator, type Page } from '@playwright/test';

/** Copy the tests look for, per UI language (the same strings as the translation files). */
export const copy = {
  en: {
    newCase: 'New case',
    create: 'Create',
    deleteCase: 'Delete case',
    restore: 'Restore',
    addDevice: 'Add device',
    addOrder: 'Add order',
    title: 'Title',
    provider: 'Provider',
    account: 'Account',
    category: 'Category',
    template: 'Template',
    balance: 'Balance',
    currency: 'Currency',
    outcome: 'What happened to it',
    submittedOn: 'Submitted on',
    referenceNumber: 'Reference number',
    review: 'Expected review (business days)',
    confirmedOn: 'Confirmed on',
    confirmationNumber: 'Confirmation number',
    status: 'Status',
    notes: 'Notes',
    search: 'Search cases',
    statusFilter: 'Filter by status',
    categoryFilter: 'Filter by type',
    language: 'Language',
    settings: 'Settings',
    trash: /^Trash \(\d+\)$/,
    backToJournal: 'Back to journal',
    emptyTrash: 'Empty Trash',
    deviceName: 'Device name',
    unbound: 'Unbound',
    unboundOn: 'Unbound on',
    orderReference: 'Order reference',
    orderAmount: 'Amount',
    orderStatus: 'Order status',
    devicesSection: 'Devices',
    ordersSection: 'Orders and bills',
    balanceSection: 'Credit or balance left',
    cases: 'Cases',
    firstStep: 'Use up, move or refund the remaining credit',
    secondStep: 'Unbind every linked phone or tablet',
    signIn: 'Sign in to the management portal',
    happenedOn: 'Date it happened',
    changeStatus: 'Change status',
    summary: 'Case summary',
    submittedFact: 'Submitted',
    decisionDueFact: 'Decision due',
    confirmedFact: 'Confirmed',
    checklistFact: 'Checklist',
    nextFact: 'Next',
    openFact: 'Still open',
    notYet: 'Not yet',
    detailsSection: 'Details',
    checklistSection: 'Checklist',
    timelineSection: 'Timeline',
    startExample: 'Start the example case',
    startOwn: 'Start my own case',
    exampleTitle: 'Axis eSIM travel number',
    undo: 'Undo',
    movedToTrash: (title: string) => `“${title}” moved to the Trash.`,
    help: 'Help',
    completedOn: 'Completed on',
    skip: 'Skip',
    skipped: 'Skipped',
    draft: 'Draft',
    submittedStatus: 'Submitted',
    balanceNotSettled: 'Balance not settled',
    devicesStillBound: (count: number) => `${count} device${count === 1 ? '' : 's'} still bound`,
    pickOrCreate: 'Choose a case on the left, or start a new one (Ctrl+N).',
    importJson: 'Import JSON',
    importAction: 'Import',
    exportPdf: 'Export PDF',
    close: 'Close',
    cancel: 'Cancel',
    reportPreview: 'Report preview',
    reportPages: 'The report as it will be printed',
    emptyList: 'No cases yet. Start one with “New case”.',
  },
  'zh-CN': {
    newCase: '新建事项',
    create: '创建',
    deleteCase: '删除事项',
    restore: '恢复',
    addDevice: '添加设备',
    addOrder: '添加订单',
    title: '标题',
    provider: '服务商',
    account: '账号',
    category: '类型',
    template: '模板',
    balance: '余额',
    currency: '币种',
    outcome: '余额去向',
    submittedOn: '提交日期',
    referenceNumber: '申请参考编号',
    review: '预计审核时间（工作日）',
    confirmedOn: '确认日期',
    confirmationNumber: '确认编号',
    status: '状态',
    notes: '备注',
    search: '搜索事项',
    statusFilter: '按状态筛选',
    categoryFilter: '按类型筛选',
    language: '语言',
    settings: '设置',
    trash: /^回收站（\d+）$/,
    backToJournal: '返回日志',
    emptyTrash: '清空回收站',
    deviceName: '设备名称',
    unbound: '已解除绑定',
    unboundOn: '解除绑定日期',
    orderReference: '订单编号',
    orderAmount: '金额',
    orderStatus: '订单状态',
    devicesSection: '绑定的设备',
    ordersSection: '订单和账单',
    balanceSection: '账户剩余金额',
    cases: '事项',
    firstStep: '用完、转出或申请退还剩余余额',
    secondStep: '解除绑定所有手机和平板',
    signIn: '登录管理平台',
    happenedOn: '发生日期',
    changeStatus: '更改状态',
    summary: '事项概要',
    submittedFact: '提交日期',
    decisionDueFact: '预计出结果',
    confirmedFact: '确认日期',
    checklistFact: '清单',
    nextFact: '下一步',
    openFact: '尚未处理',
    notYet: '尚未提交',
    detailsSection: '基本信息',
    checklistSection: '清单',
    timelineSection: '时间线',
    startExample: '打开示例事项',
    startOwn: '新建我自己的事项',
    exampleTitle: 'Axis eSIM 旅行保号卡',
    undo: '撤销',
    movedToTrash: (title: string) => `“${title}”已移入回收站。`,
    help: '说明',
    completedOn: '完成日期',
    skip: '跳过',
    skipped: '已跳过',
    draft: '草稿',
    submittedStatus: '已提交',
    balanceNotSettled: '余额尚未处理',
    devicesStillBound: (count: number) => `仍有 ${count} 台设备未解除绑定`,
    pickOrCreate: '从左侧选择一个事项，或新建一个（Ctrl+N）。',
    importJson: '导入 JSON',
    importAction: '导入',
    exportPdf: '导出 PDF',
    close: '关闭',
    cancel: '取消',
    reportPreview: '报告预览',
    reportPages: '报告打印效果',
    emptyList: '还没有事项。点击“新建事项”开始。',
  },
} as const;
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
