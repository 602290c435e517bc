// The load generator, in its own process (never on the directory's event loop): `clients` GraphQL
// POSTs in flight to one URL, cycling through the variables, after a warm-up; prints one JSON line
// with the statistics. Configured by the LOAD environment variable (JSON, see LoadConfig).
import { stats } from './bench-kit';

export interface LoadConfig {
  url: string;
  query: string;
  variables: object[];
  requests: number;
  clients: number;
  warmup: number;
  timeoutMs: number;
  headers?: Record<string, string>;
}

const config = JSON.parse(process.env.LOAD ?? '{}') as LoadConfig;
if (new URL(config.url).hostname !== '127.0.0.1') {
  throw new Error(`refusing to load a non-local URL: ${config.url}`);
}

async function run(requests: number, clients: number) {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const client = async () => {
    while (next < requests) {
      const variables = config.variables[next++ % config.variables.length];
      const at = performance.now();
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            ...config.headers,
          },
          body: JSON.stringify({ query: config.query, variables }),
          signal: AbortSignal.timeout(config.timeoutMs),
        });
        const body = (await response.json()) as { errors?: Array<{ message: string }> };
        if (!response.ok || body.errors?.length) {
          throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? ''}`);
        }
        latencies.push(performance.now() - at);
      } catch (error) {
        errors += 1;
        const message = (error as Error).message.slice(0, 120);
        failures[message] = (failures[message] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { ...stats(latencies, performance.now() - started, errors), failures };
}

void (async () => {
  await run(config.warmup, config.clients);
  process.stdout.write(`${JSON.stringify(await run(config.requests, config.clients))}\n`);
})();
