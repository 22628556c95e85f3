/**
 * Files larger than this are refused before they are read whole. 500 MiB: room for a 100,000-case
 * journal (about 335 MB) with space to grow, and below the longest string Chromium's V8 can hold
 * (2^29 - 24 characters), which the file's text must fit in. Journals with large evidence will
 * need an archive format, not a bigger limit.
 */
export const MAX_JOURNAL_FILE_BYTES = 500 * 1024 * 1024;
