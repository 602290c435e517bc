import { AccountStore, hashPassword } from '@bxl/gateway';
import type { Role } from '@bxl/common';
import type { Page } from 'playwright-core';

import { editFr } from '../../../services/web/src/edit/texts.fr';

/** Adds a local account to a test database, as `npm run account -- add` does. */
export async function addAccount(
  databaseUrl: string,
  email: string,
  role: Role,
  password: string,
): Promise<void> {
  const store = new AccountStore(databaseUrl);
  try {
    await store.prepare();
    await store.upsert(email, [role], await hashPassword(password));
  } finally {
    await store.close();
  }
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  setCookie: string;
  body: { email: string; roles: string[]; csrfToken: string };
}

/** Signs in through POST /auth/sign-in as the web page does; the raw answer for refusals. */
export async function signIn(
  origin: string,
  email: string,
  password: string,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** A signed-in session's headers for later requests (cookie + CSRF token). */
export async function session(origin: string, email: string, password: string): Promise<SignedIn> {
  const answer = await signIn(origin, email, password);
  if (answer.status !== 200) {
    throw new Error(`sign-in refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  const setCookie = answer.headers.get('set-cookie') ?? '';
  return {
    cookie: setCookie.split(';')[0] as string,
    csrfToken: answer.body.csrfToken as string,
    setCookie,
    body: answer.body as SignedIn['body'],
  };
}

const CSV_HEADER =
  'org_external_id,org_name_fr,org_synthetic,org_source,svc_external_id,svc_name_fr,svc_name_nl,svc_types,svc_synthetic,svc_source';

/** A small import file: one organisation with services; `typeCode` may be made wrong on purpose. */
export function importCsv(
  tag: string,
  services: Array<{ nameFr: string; nameNl: string; typeCode: string }>,
): string {
  return [
    CSV_HEADER,
    ...services.map(
      (service, index) =>
        `import-${tag},[Synthetic] Organisation importée ${tag},true,test,import-${tag}-${index},${service.nameFr},${service.nameNl},${service.typeCode},true,test`,
    ),
  ].join('\n');
}

/** Signs in on the workspace's own form in a browser page, and waits for the workspace. */
export async function signInOnPage(
  page: Page,
  origin: string,
  email: string,
  password: string,
  texts: Pick<typeof editFr, 'signIn' | 'signOut'> = editFr,
): Promise<void> {
  await page.goto(`${origin}/edit`);
  await page.getByLabel(texts.signIn.email).fill(email);
  await page.getByLabel(texts.signIn.password).fill(password);
  await page.getByRole('button', { name: texts.signIn.submit }).click();
  await page.getByRole('button', { name: texts.signOut }).waitFor();
}
