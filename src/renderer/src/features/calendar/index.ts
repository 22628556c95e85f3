/** What other features use of the calendar export: the two buttons. */
export { AddToCalendarButton } from './AddToCalendarButton';
export { ExportDeadlinesButton } from './ExportDeadlinesButton';
