import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ttf']);

/**
 * The web application's pages may talk to this origin only: no CDN, no outside font, no tile server
 * can sneak in. (The explorer runs its editor in workers made from blobs.)
 */
const PAGE_POLICY =
  "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export interface StaticSite {
  /** Serves a file of the built application, or its index.html for an application route. */
  serve: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;
  /** Serves the offline GraphQL explorer page (when the build has one). */
  serveExplorer: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/**
 * A built single-page application served from a folder: hashed assets cached for a year, pages
 * never cached, text gzipped once and kept in memory, paths outside the folder refused.
 */
export function createStaticSite(root: string): StaticSite {
  const gzipped = new Map<string, Buffer>();

  function send(req: IncomingMessage, res: ServerResponse, file: string): void {
    const extension = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (extension === '.html') {
      headers['content-security-policy'] = PAGE_POLICY;
      headers['referrer-policy'] = 'no-referrer';
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(extension)) {
      // Keyed by modification time too: a rebuild under a running gateway is served fresh.
      const key = `${file}:${statSync(file).mtimeMs}`;
      let body = gzipped.get(key);
      if (!body) {
        body = gzipSync(readFileSync(file));
        gzipped.set(key, body);
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

  return {
    serve(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return false;
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return false;
      }
      const file = normalize(join(root, decoded));
      if (!file.startsWith(root + sep) && file !== root) {
        return false;
      }
      if (isFile(file)) {
        send(req, res, file);
        return true;
      }
      // An application route (/service/…, /territory/…): the application answers it.
      const index = join(root, 'index.html');
      if (!extname(decoded) && isFile(index)) {
        send(req, res, index);
        return true;
      }
      return false;
    },
    serveExplorer(req, res) {
      const explorer = join(root, 'explorer.html');
      if (!isFile(explorer)) {
        return false;
      }
      send(req, res, explorer);
      return true;
    },
  };
}
