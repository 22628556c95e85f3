import { z } from 'zod';
import { ReminderScheduleSchema, type ReminderSchedule } from '@shared/ipc/contract';
import { dueReminders, shownKey, shownStillScheduled, untilNextDue } from '@shared/reminderDelivery';

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
  /** Reminders already shown, as `id@day` (see dueReminders in src/shared/reminderDelivery.ts). */
  shown: z.array(z.string()).max(5000),
});
export type KeptReminders = z.infer<typeof KeptRemindersSchema>;

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
    this.kept = { schedule, shown: shownStillScheduled(this.kept.shown, schedule) };
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
    const due = schedule ? dueReminders(schedule, this.kept.shown, this.deps.clock.now()) : [];
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
    const wait = untilNextDue(this.kept.schedule, this.deps.clock.now());
    this.cancelTimer = this.deps.clock.after(Math.max(1000, Math.min(wait, recheckMs)), () => {
      this.cancelTimer = null;
      void this.showDue();
    });
  }
}
