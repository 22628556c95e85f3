/** What other features use of the case editor: a case as stored, with its edits. */
export { useCase } from './useCase';
/** How a timeline entry is said, on the case page and in the report. */
export { useHistoryText } from './historyText';
export { HistoryEntryText } from './HistorySection';
