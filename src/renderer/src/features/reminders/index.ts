/** Reminders and "Needs attention": what other features and the app frame use. */
export { AttentionProvider, useAttention } from './attentionContext';
export { ReminderDelivery } from './ReminderDelivery';
export { AttentionSummary } from './AttentionSummary';
