import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RateLimitOptions {
  /** Requests each client may make per minute, on average. */
  perMinute: number;
  /** Requests a client may make at once after being idle (the bucket's size); default perMinute. */
  burst?: number;
  /** The client a request counts against; null: not limited. */
  clientOf: (req: IncomingMessage) => string | null;
  now?: () => number;
}

/** Buckets beyond this many make the limiter forget those that are full again. */
const SWEEP_ABOVE = 10_000;

/**
 * One token bucket per client, in this process: a request takes a token, tokens come back at
 * `perMinute` a minute up to `burst`. `take` answers 0 when granted, else the whole seconds until
 * the next token.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private readonly size: number;

  constructor(
    perMinute: number,
    burst: number = perMinute,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
    this.size = Math.max(1, burst);
  }

  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.size, at: now };
    bucket.tokens = Math.min(this.size, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      this.sweep(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Forgets the clients whose bucket is full again (they are as if never seen). */
  private sweep(now: number): void {
    if (this.buckets.size < SWEEP_ABOVE) {
      return;
    }
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.size) {
        this.buckets.delete(key);
      }
    }
  }
}

/**
 * A request guard for the HTTP server: a client over its rate gets 429 with `Retry-After` (seconds)
 * and a GraphQL-shaped error coded RATE_LIMITED; returns whether it answered.
 */
export function rateLimitGuard(
  options: RateLimitOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const buckets = new TokenBuckets(options.perMinute, options.burst, options.now);
  return (req, res) => {
    const client = options.clientOf(req);
    const wait = client === null ? 0 : buckets.take(client);
    if (wait === 0) {
      return false;
    }
    res.writeHead(429, {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(wait),
    });
    res.end(
      JSON.stringify({
        errors: [
          {
            message: `Too many requests: at most ${options.perMinute} a minute; retry in ${wait} s`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait },
          },
        ],
      }),
    );
    req.resume();
    return true;
  };
}
