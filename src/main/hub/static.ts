// Serves the built renderer from one folder; refuses anything that resolves outside it.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from '../csp';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Maps a URL path to a file inside root, or null when it would escape root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, normalize('.' + (decoded.startsWith('/') ? decoded : '/' + decoded)));
  return target === base || target.startsWith(base + sep) ? target : null;
}

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string> = {}): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS, ...extraHeaders }).end();
    return;
  }
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  let file = resolveInside(root, path === '/' ? '/index.html' : path);
  let stat = file ? statSafe(file) : null;
  if (stat?.isDirectory()) {
    file = join(file!, 'index.html');
    stat = statSafe(file);
  }
  if (!file || !stat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...extraHeaders }).end('Not found');
    return;
  }
  // Hashed assets never change. Nothing else is stored: an HTML page cached under the address it was opened
  // with would keep that address (and once, its sign-in code) in the browser's cache.
  const hashed = path.startsWith('/assets/');
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-store',
    ...SECURITY_HEADERS,
    ...extraHeaders,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

function statSafe(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
