/** Files larger than this are refused before they are read whole. */
export const MAX_JOURNAL_FILE_BYTES = 256 * 1024 * 1024;
