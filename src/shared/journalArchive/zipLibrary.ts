import { configure } from '@zip.js/zip.js/index-native.js';

/**
 * zip.js, set up once for how the journal uses it: no web workers of its own (the archive is made
 * and read in a worker or in the main process already) and the platform's CompressionStream for
 * deflate, so no WebAssembly (which the app's Content-Security-Policy does not allow).
 */
configure({ useWebWorkers: false, useCompressionStream: true });

export { Reader, ZipReader, ZipWriter, Uint8ArrayReader } from '@zip.js/zip.js/index-native.js';
export type { Entry, FileEntry } from '@zip.js/zip.js/index-native.js';
