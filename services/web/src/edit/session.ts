// The editor's session: the gateway keeps the signed token in an HttpOnly cookie; the page only
// holds the CSRF token it must send with every authenticated request.
export interface Session {
  email: string;
  roles: string[];
  csrfToken: string;
  expiresAt: string;
}

let current: Session | null = null;

export const csrfToken = (): string => current?.csrfToken ?? '';
export const isAdmin = (session: Session) => session.roles.includes('admin');

export async function loadSession(): Promise<Session | null> {
  const response = await fetch('/auth/session', { credentials: 'same-origin' });
  const body = (await response.json()) as Partial<Session> & { signedIn?: boolean };
  current = body.signedIn ? (body as Session) : null;
  return current;
}

export type SignInResult =
  | { ok: true; session: Session }
  | { ok: false; status: number; retryAfterSeconds?: number; fields: string[] };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const response = await fetch('/auth/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as Session & {
    errors?: Array<{ extensions?: { retryAfterSeconds?: number; problems?: { field: string }[] } }>;
  };
  if (response.ok) {
    current = body;
    return { ok: true, session: body };
  }
  const extensions = body.errors?.[0]?.extensions;
  return {
    ok: false,
    status: response.status,
    retryAfterSeconds: extensions?.retryAfterSeconds,
    fields: extensions?.problems?.map((problem) => problem.field) ?? [],
  };
}

export async function signOut(): Promise<void> {
  await fetch('/auth/sign-out', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken() },
  });
  current = null;
}

/** Headers of an authenticated request (the cookie goes by itself). */
export const authHeaders = (): Record<string, string> => ({ 'x-csrf-token': csrfToken() });
