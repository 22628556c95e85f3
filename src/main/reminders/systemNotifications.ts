import { Notification } from 'electron';
import type { ReminderNotice } from './reminderScheduler';

/**
 * The thin Electron side of reminders: a system notification whose click calls `onClick` with the
 * reminder's case (null for a summary). Shown notifications are held so they are not garbage
 * collected before they are clicked (their click handler would go with them).
 */
export function systemNotifications(onClick: (caseId: string | null) => void): (notice: ReminderNotice) => void {
  const held = new Set<Notification>();
  return (notice) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    held.add(notification);
    notification.on('click', () => {
      held.delete(notification);
      onClick(notice.caseId);
    });
    notification.on('close', () => held.delete(notification));
    notification.show();
  };
}
