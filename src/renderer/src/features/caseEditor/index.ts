/** What other features use of the case editor: a case as stored, with its edits. */
export { useCase } from './useCase';
