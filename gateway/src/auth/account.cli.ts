// npm run account -- add --email E --role editor|admin: adds a local account of the editors'
// workspace (or sets a new password and role for an existing one). The password is read from stdin
// when it is not a terminal (`echo "$PASSWORD" | npm run account -- add …`), else asked twice
// without echo. The database: DATABASE_URL, else the embedded PostgreSQL of `npm start` (running
// or not).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

import { Client } from 'pg';
import { z } from 'zod';

import {
  baseEnvShape,
  createLogger,
  DATA_DIR,
  loadEnvOrExit,
  localSecrets,
  openDatabase,
  portSchema,
  Role,
} from '@bxl/common';

import { AccountStore } from './account-store';
import { hashPassword, passwordProblem } from './password';

const USAGE = 'usage: npm run account -- add --email E --role editor|admin';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks without echoing what is typed. */
function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      write.call(rl, text.startsWith(question) ? question : '');
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    return readStdin();
  }
  const first = await ask('Password: ');
  const second = await ask('Again: ');
  return first === second ? first : fail('The two passwords differ');
}

/** The embedded PostgreSQL of a running `npm start`, if it answers. */
async function runningEmbedded(dataDir: string, port: number): Promise<string | null> {
  const url = `postgres://directory:${encodeURIComponent(localSecrets(dataDir).postgresPassword)}@127.0.0.1:${port}/directory`;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const env = loadEnvOrExit({
    ...baseEnvShape,
    DATA_DIR: z.string().default(DATA_DIR),
    EMBEDDED_PG_PORT: portSchema(54329),
  });
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string' } },
  });
  if (positionals[0] !== 'add') {
    fail('Only "add" is known');
  }
  const email = values.email?.trim() ?? '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) {
    fail('--email must be an e-mail address');
  }
  const role = values.role;
  if (role !== Role.EDITOR && role !== Role.ADMIN) {
    fail('--role must be editor or admin');
  }
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) {
    fail(`The password must have ${problem}`);
  }
  const logger = createLogger('account', env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const running = env.DATABASE_URL
    ? null
    : await runningEmbedded(env.DATA_DIR, env.EMBEDDED_PG_PORT);
  const handle = running
    ? { url: running, stop: async () => undefined }
    : await openDatabase({
        databaseUrl: env.DATABASE_URL,
        embeddedPort: env.EMBEDDED_PG_PORT,
        logger,
        dataDir: env.DATA_DIR,
      });
  const store = new AccountStore(handle.url);
  try {
    await store.prepare();
    const done = await store.upsert(email, [role as Role], await hashPassword(password));
    process.stdout.write(
      `${done === 'created' ? 'Added' : 'Updated'} ${email.toLowerCase()} (${role}).\n`,
    );
  } finally {
    await store.close();
    await handle.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
