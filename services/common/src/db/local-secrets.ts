import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Secrets of a local, zero-setup run: made at first start, kept in `.data/local-secrets.json` (mode
 * 600) so a second start and the token CLI use the same. A real deployment configures its own.
 */
export interface LocalSecrets {
  postgresPassword: string;
  gatewaySecret: string;
  signingKey: string;
}

export const DATA_DIR = join(__dirname, '../../../../.data');

export function localSecrets(dataDir = DATA_DIR): LocalSecrets {
  const file = join(dataDir, 'local-secrets.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  }
  const secret = () => randomBytes(32).toString('base64url');
  const secrets: LocalSecrets = {
    postgresPassword: secret(),
    gatewaySecret: secret(),
    signingKey: `local:${secret()}`,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
