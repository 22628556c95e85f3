/**
 * Files larger than this are refused before they are read whole. 500 MiB: room for a 100,000-case
 * journal (about 335 MB) with space to grow, and below the longest string Chromium's V8 can hold
 * (2^29 - 24 characters), which the file's text must fit in. Journals with large evidence will
 * need an archive format, not a bigger limit.
 */
export const MAX_JOURNAL_FILE_BYTES = 500 * 1024 * 1024;

/**
 * A JSON export refuses attachments that take more than this as base64 (about 192 MiB of bytes):
 * with the cases around them the file must stay well within the limit above, and every byte of it
 * is held in memory at once on export and import. Larger evidence goes into a journal archive.
 */
export const MAX_EMBEDDED_ATTACHMENT_BYTES = 256 * 1024 * 1024;
