import { z } from 'zod';
import { defaultReminderTime, reminderMoment } from '@shared/domain/reminderTime';
import { ReminderScheduleSchema, type ReminderSchedule, type ScheduledReminder } from '@shared/ipc/contract';

/** Time as the scheduler sees it: injected, so tests move it by hand. */
export interface ReminderClock {
  now(): Date;
  /** Calls `callback` after `ms`; returns how to cancel it. */
  after(ms: number, callback: () => void): () => void;
}

/** A notification to show: one reminder (its case opens on a click), or a summary of several (`caseId` null). */
export interface ReminderNotice {
  title: string;
  body: string;
  caseId: string | null;
}

/** Where the schedule and what has been shown are kept between runs (a JSON file in the data folder). */
export interface ReminderStore {
  read(): Promise<unknown>;
  write(state: KeptReminders): Promise<void>;
}

const KeptRemindersSchema = z.object({
  schedule: ReminderScheduleSchema.nullable(),
  /**
   * Reminders already shown, as `id@day`: the event and the day it was shown for. A snoozed
   * reminder comes back on a later day, so it shows again; the same event on that day or earlier
   * (a schedule the page has just worked out again) does not.
   */
  shown: z.array(z.string()).max(5000),
});
export type KeptReminders = z.infer<typeof KeptRemindersSchema>;

const shownKey = (reminder: ScheduledReminder) => `${reminder.id}@${reminder.showOn}`;

/** The latest day each event has been shown for. */
function shownDays(shown: readonly string[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const key of shown) {
    const at = key.lastIndexOf('@');
    const id = key.slice(0, at);
    const day = key.slice(at + 1);
    if ((days.get(id) ?? '') < day) days.set(id, day);
  }
  return days;
}

/** The schedule is looked at again at least this often (a machine that slept, a clock that moved). */
const recheckMs = 60 * 60 * 1000;

/**
 * Holds the reminders the page computed from the journal and shows each once as a system
 * notification on its day, at the time of day the user chose, whether or not the window is open.
 * What fell due while the app was not running is shown at the next start as one summary, not a
 * flood; so is anything else that falls due at the same moment. No Electron here: the
 * notifications and the file are injected.
 */
export class ReminderScheduler {
  private kept: KeptReminders = { schedule: null, shown: [] };
  /** What the store holds, as written: the file is written again only when this changes (nothing kept is as good as empty). */
  private written: string = JSON.stringify(this.kept);
  private started: Promise<void> | null = null;
  private cancelTimer: (() => void) | null = null;
  private stopped = false;

  constructor(
    private readonly deps: {
      clock: ReminderClock;
      store: ReminderStore;
      show: (notice: ReminderNotice) => void;
      /** Told of a failure to keep the state (the reminders still show; only a restart may repeat them). */
      onError?: (error: unknown) => void;
    },
  ) {}

  /** At start: what was kept, and whatever of it fell due meanwhile (one summary). */
  start(): Promise<void> {
    this.started ??= (async () => {
      const stored = await this.deps.store.read().catch(() => null);
      const parsed = KeptRemindersSchema.safeParse(stored);
      // A missing or damaged file starts empty: the page sends the schedule again as soon as it opens.
      if (parsed.success) {
        this.kept = parsed.data;
        this.written = JSON.stringify(stored);
      }
      await this.showDue();
    })();
    return this.started;
  }

  /**
   * The page's new schedule replaces the old one; shown reminders that it still holds stay shown.
   * It waits for the kept state to be read, so a page quicker than the disk cannot have the
   * start's summary shown after — and besides — its own notifications.
   */
  async replace(schedule: ReminderSchedule): Promise<void> {
    await this.start();
    const ids = new Set(schedule.reminders.map((reminder) => reminder.id));
    this.kept = { schedule, shown: this.kept.shown.filter((key) => ids.has(key.slice(0, key.lastIndexOf('@')))) };
    await this.showDue();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private async showDue(): Promise<void> {
    if (this.stopped) return;
    const schedule = this.kept.schedule;
    const now = this.deps.clock.now().getTime();
    const remindAt = schedule?.remindAt ?? defaultReminderTime;
    const shown = shownDays(this.kept.shown);
    const due = (schedule?.reminders ?? []).filter(
      (reminder) => reminderMoment(reminder.showOn, remindAt).getTime() <= now && (shown.get(reminder.id) ?? '') < reminder.showOn,
    );
    if (schedule && due.length > 0) {
      this.kept = { ...this.kept, shown: [...this.kept.shown, ...due.map(shownKey)] };
      const [only] = due;
      this.deps.show(
        due.length === 1 && only
          ? { title: only.title, body: only.body, caseId: only.caseId }
          : { title: schedule.summary.title, body: schedule.summary.body.replaceAll('{count}', String(due.length)), caseId: null },
      );
    }
    await this.keep();
    this.arm();
  }

  /** Writes the state when it has changed (not at every hourly look). */
  private async keep(): Promise<void> {
    const state = JSON.stringify(this.kept);
    if (state === this.written) return;
    try {
      await this.deps.store.write(this.kept);
      this.written = state;
    } catch (error) {
      this.deps.onError?.(error);
    }
  }

  /** Wakes when the next reminder is due (its day, at the chosen time), or within the hour. */
  private arm(): void {
    this.cancelTimer?.();
    if (this.stopped) return;
    const schedule = this.kept.schedule;
    const now = this.deps.clock.now().getTime();
    const remindAt = schedule?.remindAt ?? defaultReminderTime;
    const next = Math.min(
      ...(schedule?.reminders ?? []).map((reminder) => reminderMoment(reminder.showOn, remindAt).getTime()).filter((moment) => moment > now),
    );
    this.cancelTimer = this.deps.clock.after(Math.max(1000, Math.min(next - now, recheckMs)), () => {
      this.cancelTimer = null;
      void this.showDue();
    });
  }
}
