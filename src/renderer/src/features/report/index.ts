/** What other features use of the report: a way to open it. */
export { useOpenReport } from './reportContext';
