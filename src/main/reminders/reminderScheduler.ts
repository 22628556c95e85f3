import { z } from 'zod';
import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from '@shared/domain/calendarDate';
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
  /** Reminders already shown, by id and day (a snoozed reminder comes back on a new day, so it shows again). */
  shown: z.array(z.string()).max(5000),
});
export type KeptReminders = z.infer<typeof KeptRemindersSchema>;

const shownKey = (reminder: ScheduledReminder) => `${reminder.id}@${reminder.showOn}`;
/** The schedule is looked at again at least this often (a machine that slept, a clock that moved). */
const recheckMs = 60 * 60 * 1000;

/**
 * Holds the reminders the page computed from the journal and shows each once as a system
 * notification on its day, whether or not the window is open. What fell due while the app was not
 * running is shown at the next start as one summary, not a flood; so is anything else that falls
 * due at the same moment. No Electron here: the notifications and the file are injected.
 */
export class ReminderScheduler {
  private kept: KeptReminders = { schedule: null, shown: [] };
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

  /** At start: what was kept, and whatever of it fell due meanwhile. */
  async start(): Promise<void> {
    const parsed = KeptRemindersSchema.safeParse(await this.deps.store.read().catch(() => null));
    // A missing or damaged file starts empty: the page sends the schedule again as soon as it opens.
    if (parsed.success) this.kept = parsed.data;
    await this.showDue();
  }

  /** The page's new schedule replaces the old one; shown reminders that it still holds stay shown. */
  async replace(schedule: ReminderSchedule): Promise<void> {
    const keys = new Set(schedule.reminders.map(shownKey));
    this.kept = { schedule, shown: this.kept.shown.filter((key) => keys.has(key)) };
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
    const today = toCalendarDate(this.deps.clock.now());
    const shown = new Set(this.kept.shown);
    const due = (schedule?.reminders ?? []).filter((reminder) => reminder.showOn <= today && !shown.has(shownKey(reminder)));
    if (schedule && due.length > 0) {
      this.kept = { ...this.kept, shown: [...this.kept.shown, ...due.map(shownKey)] };
      const [only] = due;
      this.deps.show(
        due.length === 1 && only
          ? { title: only.title, body: only.body, caseId: only.caseId }
          : { title: schedule.summary.title, body: schedule.summary.body.replaceAll('{count}', String(due.length)), caseId: null },
      );
    }
    try {
      await this.deps.store.write(this.kept);
    } catch (error) {
      this.deps.onError?.(error);
    }
    this.arm(today);
  }

  /** Wakes at the next day a reminder is due (local midnight), or within the hour. */
  private arm(today: string): void {
    this.cancelTimer?.();
    if (this.stopped) return;
    const next = (this.kept.schedule?.reminders ?? []).map((reminder) => reminder.showOn).filter((day) => day > today).sort()[0];
    const now = this.deps.clock.now().getTime();
    const untilNext = next === undefined ? recheckMs : fromCalendarDate(next).getTime() - now;
    // Never later than the next midnight either: a schedule whose days have all come still rolls over.
    const untilMidnight = addDays(fromCalendarDate(today), 1).getTime() - now;
    this.cancelTimer = this.deps.clock.after(Math.max(1000, Math.min(untilNext, untilMidnight, recheckMs)), () => {
      this.cancelTimer = null;
      void this.showDue();
    });
  }
}
