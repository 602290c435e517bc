import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';

import { readChangeLog, Role } from '@bxl/common';
import { expectData, graphqlRequest } from '@bxl/common/testkit';
import { Client } from 'pg';

import { addAccount, importCsv, session, signIn } from './support/editor-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The editors' sign-in and upload endpoints on the real gateway (issue 14), without a browser:
// cookies, CSRF, lockout, the audit trail, the account command and the multipart import.
let stack: TestStack;
let origin: string;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  stack = await startTestStack({
    syntheticServices: 0,
    lockout: { after: 3, firstSeconds: 60, maxSeconds: 120 },
  });
  origin = new URL(stack.gatewayUrl).origin;
  await addAccount(stack.database.url, 'editor@example.test', Role.EDITOR, PASSWORD);
}, 120_000);
afterAll(() => stack?.stop());

const CHANGES = '{ changes(first: 1) { id } }';

/** A sign-in as if the gateway were reached by another name (fetch may not set Host); its Set-Cookie. */
function postWithHost(host: string, body: object): Promise<string | string[] | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${origin}/auth/sign-in`,
      { method: 'POST', headers: { 'content-type': 'application/json', host } },
      (response) => {
        response.resume();
        resolve(response.headers['set-cookie']);
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

async function auditRows(email: string): Promise<string[]> {
  const client = new Client({ connectionString: stack.database.url });
  await client.connect();
  try {
    const rows = await readChangeLog(client, { entity: 'Account', entityId: email });
    return rows.map((row) => row.operation);
  } finally {
    await client.end();
  }
}

describe('sign-in with a local account', () => {
  it('gives the signed token in an HttpOnly, SameSite=Strict cookie, usable only with its CSRF header', async () => {
    const signed = await session(origin, 'Editor@Example.test', PASSWORD);
    expect(signed.body).toEqual(
      expect.objectContaining({ email: 'editor@example.test', roles: ['editor'] }),
    );
    expect(signed.setCookie).toMatch(/^bxl_session=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(signed.setCookie).toContain('HttpOnly');
    expect(signed.setCookie).toContain('SameSite=Strict');
    // Over 127.0.0.1 (plain HTTP in development) the cookie cannot be Secure; elsewhere it is.
    expect(signed.setCookie).not.toContain('Secure');
    const remote = await postWithHost('directory.example.be', {
      email: 'editor@example.test',
      password: PASSWORD,
    });
    expect(String(remote)).toContain('Secure');

    // The cookie alone is anonymous (what a page elsewhere could make the browser send)…
    const alone = await graphqlRequest(stack.gatewayUrl, CHANGES, {}, { cookie: signed.cookie });
    expect(alone.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await graphqlRequest(
      stack.gatewayUrl,
      CHANGES,
      {},
      { cookie: signed.cookie, 'x-csrf-token': 'A'.repeat(43) },
    );
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // …with its CSRF token it is the editor.
    await expectData(
      stack.gatewayUrl,
      CHANGES,
      {},
      { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken },
    );
    const state = await fetch(`${origin}/auth/session`, { headers: { cookie: signed.cookie } });
    await expect(state.json()).resolves.toEqual(
      expect.objectContaining({ signedIn: true, csrfToken: signed.csrfToken }),
    );
  });

  it('refuses a wrong password and an unknown e-mail alike, and a sign-in from another origin', async () => {
    const wrong = await signIn(origin, 'editor@example.test', 'not the password');
    const unknown = await signIn(origin, 'nobody@example.test', PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const missing = await signIn(origin, '', '');
    expect(missing.status).toBe(400);
    expect(
      (
        missing.body.errors as Array<{ extensions: { problems: Array<{ field: string }> } }>
      )[0]?.extensions.problems.map((problem) => problem.field),
    ).toEqual(['email', 'password']);
    const crossSite = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
      body: JSON.stringify({ email: 'editor@example.test', password: PASSWORD }),
    });
    expect(crossSite.status).toBe(403);
    const form = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=editor%40example.test&password=x',
    });
    expect(form.status).toBe(403);
  });

  it('locks an e-mail after repeated failures, even for the right password, and logs every attempt', async () => {
    const email = 'brute@example.test';
    await addAccount(stack.database.url, email, Role.EDITOR, PASSWORD);
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      statuses.push((await signIn(origin, email, `guess ${attempt}`)).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    const locked = await signIn(origin, email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(locked.headers.get('set-cookie')).toBeNull();
    await expect(auditRows(email)).resolves.toEqual([
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_LOCKED',
    ]);
  });

  it('signs out (clearing the cookie and refusing its token from then on) only with the CSRF token, and writes sign-in and sign-out to the change log', async () => {
    const signed = await session(origin, 'editor@example.test', PASSWORD);
    const refused = await fetch(`${origin}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: signed.cookie },
    });
    expect(refused.status).toBe(403);
    const out = await fetch(`${origin}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^bxl_session=; .*Max-Age=0/);
    // The token is refused from then on, even by a client that kept the cookie.
    const after = await graphqlRequest(
      stack.gatewayUrl,
      CHANGES,
      {},
      { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken },
    );
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const state = await fetch(`${origin}/auth/session`, { headers: { cookie: signed.cookie } });
    await expect(state.json()).resolves.toEqual(expect.objectContaining({ signedIn: false }));
    const log = await auditRows('editor@example.test');
    expect(log).toContain('SIGN_IN');
    expect(log[log.length - 1]).toBe('SIGN_OUT');
  });
});

describe('npm run account -- add', () => {
  const cli = (args: string[], input: string) =>
    spawnSync(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(__dirname, '../../gateway/src/auth/account.cli.ts'),
        ...args,
      ],
      {
        env: { ...process.env, DATABASE_URL: stack.database.url, LOG_LEVEL: 'silent' },
        input,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );

  it('adds an account from a password on stdin that can then sign in', async () => {
    const run = cli(['add', '--email', 'Admin@Example.test', '--role', 'admin'], `${PASSWORD}\n`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Added admin@example.test (admin)');
    const signed = await session(origin, 'admin@example.test', PASSWORD);
    expect(signed.body.roles).toEqual(['admin']);
  });

  it('refuses a short password and an unknown role', () => {
    const short = cli(['add', '--email', 'x@example.test', '--role', 'editor'], 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const role = cli(['add', '--email', 'x@example.test', '--role', 'owner'], `${PASSWORD}\n`);
    expect(role.status).toBe(2);
    expect(role.stderr).toMatch(/--role/);
  });
});

describe('import upload (multipart)', () => {
  const upload = async (
    headers: Record<string, string>,
    content: string,
    dryRun: boolean,
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    const form = new FormData();
    form.set('format', 'CSV');
    form.set('dryRun', String(dryRun));
    form.set('file', new Blob([content], { type: 'text/csv' }), 'registry.csv');
    const response = await fetch(`${origin}/edit-api/import`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  it('is refused without a session, and to the cookie without its CSRF token', async () => {
    const csv = importCsv('anon', [{ nameFr: 'A', nameNl: 'A', typeCode: 'debt-mediation' }]);
    expect((await upload({}, csv, true)).status).toBe(401);
    const signed = await session(origin, 'editor@example.test', PASSWORD);
    expect((await upload({ cookie: signed.cookie }, csv, true)).status).toBe(401);
  });

  it('reports a dry run record by record and field by field, refuses a bad row naming it, then applies a good file', async () => {
    const signed = await session(origin, 'editor@example.test', PASSWORD);
    const headers = { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken };
    const bad = await upload(
      headers,
      importCsv('upload', [
        {
          nameFr: 'Service importé A',
          nameNl: 'Geïmporteerde dienst A',
          typeCode: 'debt-mediation',
        },
        { nameFr: 'Service importé B', nameNl: 'Geïmporteerde dienst B', typeCode: 'no-such-type' },
      ]),
      true,
    );
    expect(bad.status).toBe(400);
    const problems = (
      bad.body.errors as Array<{
        extensions: { code: string; problems: Array<{ field: string; line: number }> };
      }>
    )[0]?.extensions;
    expect(problems?.code).toBe('BAD_USER_INPUT');
    // The file's third line (after the header) and its column.
    expect(problems?.problems).toEqual([expect.objectContaining({ line: 3, field: 'svc_types' })]);

    const good = importCsv('upload', [
      { nameFr: 'Service importé A', nameNl: 'Geïmporteerde dienst A', typeCode: 'debt-mediation' },
    ]);
    const dry = await upload(headers, good, true);
    expect(dry.status).toBe(200);
    const report = (dry.body.data as { importRegistry: Record<string, unknown> }).importRegistry;
    expect(report).toEqual(
      expect.objectContaining({ dryRun: true, services: { created: 1, updated: 0, unchanged: 0 } }),
    );
    const serviceRecord = (
      report.records as Array<{
        entity: string;
        operation: string;
        fields: Array<{ field: string; after: unknown }>;
      }>
    ).find((record) => record.entity === 'Service');
    expect(serviceRecord?.operation).toBe('CREATE');
    expect(serviceRecord?.fields).toEqual(
      expect.arrayContaining([{ field: 'nameNl', before: null, after: 'Geïmporteerde dienst A' }]),
    );
    const applied = await upload(headers, good, false);
    expect(applied.status).toBe(200);
    expect(
      (applied.body.data as { importRegistry: { dryRun: boolean } }).importRegistry.dryRun,
    ).toBe(false);
    const again = await upload(headers, good, true);
    expect(
      (again.body.data as { importRegistry: { services: { unchanged: number } } }).importRegistry
        .services.unchanged,
    ).toBe(1);
  });

  it('reads the file as it streams in: the format comes first, and a JSON file gives the report of importRegistry', async () => {
    const signed = await session(origin, 'editor@example.test', PASSWORD);
    const headers = { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken };
    const post = async (form: FormData) => {
      const response = await fetch(`${origin}/edit-api/import`, {
        method: 'POST',
        headers,
        body: form,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const social = JSON.stringify([
      { id: 'stream-1', nameOfficialFr: 'Asbl streamée', nameOfficialNl: 'Gestreamde vzw' },
    ]);
    const late = new FormData();
    late.set('file', new Blob([social], { type: 'application/json' }), 'social.json');
    late.set('format', 'BRUXELLES_SOCIAL_JSON');
    const refused = await post(late);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'format', message: 'sent before the file' }],
        }),
      }),
    ]);

    const form = new FormData();
    form.set('format', 'BRUXELLES_SOCIAL_JSON');
    form.set('file', new Blob([social], { type: 'application/json' }), 'social.json');
    const streamed = await post(form);
    expect(streamed.status).toBe(200);
    const fields = 'dryRun records { entity entityId operation fields { field before after } }';
    const mutation = await expectData(
      stack.gatewayUrl,
      `mutation ($content: String!) { importRegistry(input: { format: BRUXELLES_SOCIAL_JSON, content: $content, dryRun: true }) { ${fields} } }`,
      { content: social },
      headers,
    );
    const report = (streamed.body.data as { importRegistry: { records: unknown[] } })
      .importRegistry;
    expect(report.records.length).toBeGreaterThan(0);
    expect(mutation).toEqual({ importRegistry: { dryRun: true, records: report.records } });
  });
});
