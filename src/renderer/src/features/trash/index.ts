/** What other features use of the Trash. */
export { EmptyTrashButton } from './EmptyTrashButton';
