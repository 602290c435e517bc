// npm run token -- --role editor|admin [--sub NAME] [--hours N]: a bearer token for local use, signed
// with AUTH_SIGNING_KEYS' first key or, without it, the local key `npm start` made in .data/.
import { parseArgs } from 'node:util';

import { DATA_DIR, localSecrets, mintToken, parseSigningKeys, Role } from '@bxl/common';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [Role.EDITOR] },
    sub: { type: 'string', default: 'local-user' },
    hours: { type: 'string', default: '12' },
  },
});
const roles = (values.role ?? []).filter(
  (role): role is Role => role === Role.EDITOR || role === Role.ADMIN,
);
if (roles.length === 0) {
  process.stderr.write('--role must be editor or admin\n');
  process.exit(2);
}
const hours = Number(values.hours);
if (!(Number.isFinite(hours) && hours > 0 && hours <= 24 * 366)) {
  process.stderr.write('--hours must be a number of hours between 0 and 8784 (a year)\n');
  process.exit(2);
}
const keys = parseSigningKeys(
  process.env.AUTH_SIGNING_KEYS ?? localSecrets(process.env.DATA_DIR ?? DATA_DIR).signingKey,
);
const token = mintToken(
  keys[0] as (typeof keys)[number],
  { sub: values.sub as string, roles },
  Math.round(hours * 3600),
);
process.stdout.write(`${token}\n`);
