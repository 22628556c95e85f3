import { extname, join, normalize, relative, isAbsolute } from 'node:path';
import { readFile, realpath, stat } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { contentSecurityPolicy, headerOnlyPolicy } from '@shared/contentSecurityPolicy';

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/**
 * The file inside `rendererDir` that an app:// URL names, or null when the URL is foreign or
 * tries to climb out of the folder (`..`, encoded slashes, absolute paths).
 */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const candidate = normalize(join(rendererDir, relativePath));
  return isInside(rendererDir, candidate) ? candidate : null;
}

function isInside(folder: string, path: string): boolean {
  const fromRoot = relative(folder, path);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

/**
 * The real file behind `file` (symbolic links followed), or null when it is not a regular file
 * inside the real renderer folder: a link planted in the folder (or a folder replaced by one)
 * must not serve the user's files to the page.
 */
export async function realAssetPath(rendererDir: string, file: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Serves a request for the app:// scheme. Unknown files are 404, never a directory listing. */
export async function serveAppAsset(rendererDir: string, requestUrl: string): Promise<Response> {
  const named = resolveAppAsset(rendererDir, requestUrl);
  const file = named && (await realAssetPath(rendererDir, named));
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mediaTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': `${contentSecurityPolicy}; ${headerOnlyPolicy}`,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
