/** What other features use of the case list: the words a row says (dates, next step). */
export { useCaseRowText } from './caseRowText';
