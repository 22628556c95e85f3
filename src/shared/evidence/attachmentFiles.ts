import { fileNamePart } from '../fileNames';

/**
 * Media types by extension, for files whose type nobody told us: the desktop file dialog gives only
 * a path, and browsers leave `.eml` and many others blank.
 */
const mediaTypesByExtension: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
};

const validMediaType = /^[\w.+-]+\/[\w.+-]+$/;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The type a file is stored with: what the browser reported when it is a real type, else by its extension. */
export function mediaTypeOf(name: string, reported = ''): string {
  const type = reported.split(';')[0]!.trim().toLowerCase();
  if (validMediaType.test(type) && type !== 'application/octet-stream') return type;
  return mediaTypesByExtension[extensionOf(name)] ?? 'application/octet-stream';
}

/** A name the case can keep (1–255 characters, no folders); a pasted screenshot has none of its own. */
export function attachmentName(name: string, fallback: string): string {
  const plain = fileNamePart(name, 255);
  return plain === '' ? fallback : plain;
}

/** How the app shows an attachment inside itself; anything else is stored and saved, not shown. */
export type PreviewKind = 'image' | 'pdf' | 'email' | null;

const previewableImages = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

export function previewKindOf(mediaType: string): PreviewKind {
  if (previewableImages.has(mediaType)) return 'image';
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'message/rfc822') return 'email';
  return null;
}

/** The first characters of a SHA-256, enough to tell files apart at a glance (the whole is on hover and in the report). */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
