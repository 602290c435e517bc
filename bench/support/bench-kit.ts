// What the benchmarks share: a time budget, a local-only GraphQL POST, latency statistics, tables.

/** Stops every request loop once the time budget is spent, whatever happens. */
export class Budget {
  private readonly controller = new AbortController();
  readonly message: string;

  constructor(private readonly ms: number) {
    this.message = `time budget of ${ms / 1000} s spent`;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    setTimeout(() => this.controller.abort(new Error(this.message)), this.ms).unref();
  }
}

/** A GraphQL POST that only ever targets 127.0.0.1, bounded by the budget and a per-request timeout. */
export function localPost(budget: Budget, timeoutMs: number) {
  return async <T>(url: string, query: string, variables: object): Promise<T> => {
    if (new URL(url).hostname !== '127.0.0.1') {
      throw new Error(`refusing to load a non-local URL: ${url}`);
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.any([budget.signal, AbortSignal.timeout(timeoutMs)]),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
    }
    return body.data;
  };
}

/** Count, percentiles, mean and rate of a set of latencies measured over `wallMs`. */
export function stats(samples: number[], wallMs: number, errors = 0, mismatches = 0) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const perSecond = (sorted.length * 1000) / wallMs;
  const [p50 = NaN, p95 = NaN, p99 = NaN] = [50, 95, 99].map(at);
  return { n: sorted.length, errors, mismatches, p50, p95, p99, mean, perSecond };
}

export type Stats = ReturnType<typeof stats>;

/** A markdown table padded as prettier pads it (first column left-aligned, the others right). */
export function markdownTable([header = [], ...rows]: string[][]): string[] {
  const widths = header.map((_, c) =>
    Math.max(3, ...[header, ...rows].map((r) => r[c]?.length ?? 0)),
  );
  const pad = (cell: string, c: number) =>
    c ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0);
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, c) => (c ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)));
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}
