import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'token.cli.ts'), ...args],
    {
      env: {
        ...process.env,
        AUTH_SIGNING_KEYS: 'test:a-test-signing-secret-of-at-least-32-characters',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'bxl-token-')),
      },
      encoding: 'utf8',
    },
  );

describe('npm run token', () => {
  it('refuses a duration that is no number of hours (it minted a token without expiry)', () => {
    for (const hours of ['abc', '-1']) {
      const run = cli('--role', 'editor', `--hours=${hours}`);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/--hours/);
    }
  });

  it('mints a token that expires after the hours asked', () => {
    const run = cli('--role', 'admin', '--hours', '2');
    expect(run.status).toBe(0);
    const [, payload] = run.stdout.trim().split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString()) as {
      exp: number;
      iat: number;
    };
    expect(claims.exp - claims.iat).toBe(7200);
  });
});
