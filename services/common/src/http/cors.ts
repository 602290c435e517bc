import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Cross-origin use of the gateway (portals on other sites). Public reads are open to any origin
 * without credentials (`Access-Control-Allow-Origin: *`, which Open Referral UK requires of feeds);
 * credentials (an `Authorization` header or cookies) and writes only from the allowlisted origins
 * and from the gateway's own origin (the web application). A browser never sends the operation's
 * kind in a preflight, so a mutation from another origin is refused once the operation is known
 * (`crossOriginWritePlugin`).
 */
export interface CorsPolicy {
  /** Origins trusted with credentials and writes, e.g. `https://portal.example` (no trailing slash). */
  allowedOrigins: ReadonlySet<string>;
}

/** Methods a browser may use across origins. */
const METHODS = 'GET, HEAD, POST, OPTIONS';
/**
 * Request headers anyone may send: `apollo-require-preflight` and `x-apollo-operation-name` are
 * Apollo's CSRF-prevention headers (a cross-origin GET must carry one, so it is preflighted).
 */
const PUBLIC_HEADERS = [
  'content-type',
  'accept',
  'accept-language',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'if-none-match',
];
/** Headers trusted origins may send on top: credentials. */
const CREDENTIAL_HEADERS = ['authorization'];
/** Response headers scripts of another origin may read (Cache-Control is readable anyway). */
const EXPOSED = 'ETag, Content-Length';
/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_S = 600;

export function parseCorsOrigins(value: string | undefined): CorsPolicy {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return { allowedOrigins: new Set(origins) };
}

/** The origin a request comes from, if a browser said so (and it is not the string "null"). */
export function requestOrigin(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : null;
}

/**
 * True when a request may carry credentials and write: no Origin (not a browser, or a same-origin
 * GET), the server's own origin as the browser addressed it (the web application), or allowlisted.
 */
export function isTrustedOrigin(
  policy: CorsPolicy,
  origin: string | null,
  host: string | undefined,
): boolean {
  return (
    origin === null ||
    policy.allowedOrigins.has(origin) ||
    (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
  );
}

const hasCredentials = (req: IncomingMessage): boolean =>
  Boolean(req.headers.authorization) || Boolean(req.headers.cookie);

function refuse(res: ServerResponse, message: string): void {
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', vary: 'Origin' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'FORBIDDEN' } }] }));
}

/**
 * Applies the policy. Returns true when the request is answered here (a preflight: 204; credentials
 * from an untrusted origin: 403), false when it goes on with its CORS headers set.
 */
export function applyCors(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = requestOrigin(req);
  res.setHeader('vary', 'Origin');
  if (origin === null) {
    return false;
  }
  const trusted = isTrustedOrigin(policy, origin, req.headers.host);
  const preflight =
    req.method === 'OPTIONS' && Boolean(req.headers['access-control-request-method']);
  if (trusted) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  } else {
    res.setHeader('access-control-allow-origin', '*');
  }
  if (preflight) {
    const headers = trusted ? [...PUBLIC_HEADERS, ...CREDENTIAL_HEADERS] : PUBLIC_HEADERS;
    res.writeHead(204, {
      'access-control-allow-methods': METHODS,
      'access-control-allow-headers': headers.join(', '),
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
      'content-length': '0',
    });
    res.end();
    return true;
  }
  res.setHeader('access-control-expose-headers', EXPOSED);
  if (!trusted && hasCredentials(req)) {
    refuse(
      res,
      `Origin ${origin} may read the public directory without credentials; credentials and writes are for the allowlisted origins (CORS_ORIGINS)`,
    );
    return true;
  }
  return false;
}
