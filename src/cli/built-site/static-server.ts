/**
 * The one static server for a built site, used by `npm run verify`, the browser tests, Lighthouse
 * and the search report. It behaves like a static host: `/x/` serves x/index.html, a folder asked
 * for without its slash redirects, a miss gets 404.html with status 404. Every response carries the
 * headers of src/security/headers.ts, so whatever runs against it sees the site as visitors will,
 * under the real Content-Security-Policy header.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SECURITY_HEADERS } from '../../security/headers.ts';
import { fileForPath } from './files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  /** Such as `http://127.0.0.1:40123`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 and a free port. */
export async function serveStatic(root: string): Promise<StaticSite> {
  const site = path.resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = { ...SECURITY_HEADERS };
    let file = fileForPath(site, url.pathname);
    if (!file && !url.pathname.endsWith('/') && fileForPath(site, `${url.pathname}/`)) {
      response.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = fileForPath(site, '/404.html');
    }
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': TYPES['.txt']! }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(status, { ...headers, 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
