/** What other features use of the calendar export: the two buttons, and the one export they and the menu share. */
export { AddToCalendarButton } from './AddToCalendarButton';
export { ExportDeadlinesButton } from './ExportDeadlinesButton';
export { DeadlineExportProvider } from './deadlineExport';
