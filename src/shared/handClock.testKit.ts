/** What the reminder schedulers (main's and the browser build's) ask of time. */
export interface TestableClock {
  now(): Date;
  after(ms: number, callback: () => void): () => void;
}

/**
 * For tests: a clock moved by hand (times as Dates or local date-time strings); the timers set on it
 * fire when it passes them.
 */
export function handClock(start: Date | string): TestableClock & { moveTo(time: Date | string): void; timers: number } {
  let now = new Date(start);
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => now,
    after: (ms, callback) => {
      const timer = { at: now.getTime() + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    moveTo(time) {
      now = new Date(time);
      const due = timers.filter((t) => t.at <= now.getTime());
      timers = timers.filter((t) => t.at > now.getTime());
      for (const t of due) t.callback();
    },
    get timers() {
      return timers.length;
    },
  };
}
