import { randomBytes } from 'node:crypto';

import { BadUserInputError, ConflictError } from '@bxl/common';

import { slugify } from '../../seed/slug';
import { Organisation } from '../organisation/organisation.entity';
import type { RegistryRecord } from '../registry-record.entity';
import { Service } from '../service/service.entity';
import { Site } from '../site/site.entity';

type Kind = {
  entity: typeof Organisation | typeof Service | typeof Site;
  name: string;
  prefix: string;
};
const KINDS: Kind[] = [
  { entity: Organisation, name: 'Organisation', prefix: 'org' },
  { entity: Service, name: 'Service', prefix: 'svc' },
  { entity: Site, name: 'Site', prefix: 'site' },
];

export function kindOf(id: string): Kind {
  const kind = KINDS.find((candidate) => id.startsWith(`${candidate.prefix}:`));
  if (!kind) {
    throw new BadUserInputError(`Not a registry id: ${id}`, [
      { field: 'id', message: 'ids start with org:, svc: or site:' },
    ]);
  }
  return kind;
}

export const pick = (source: object, fields: readonly string[]) =>
  Object.fromEntries(
    fields.map((field) => [field, (source as Record<string, unknown>)[field] ?? null]),
  );

/** The input's fields that were given (undefined = leave as it is). */
export const given = (input: object, fields: readonly string[]) =>
  Object.fromEntries(
    fields
      .filter((field) => (input as Record<string, unknown>)[field] !== undefined)
      .map((field) => [field, (input as Record<string, unknown>)[field]]),
  );

export const newId = (prefix: string, name: string | null | undefined) =>
  `${prefix}:${slugify(name ?? '') || 'record'}-${randomBytes(3).toString('hex')}`;

export function checkVersion(record: RegistryRecord, version: number, name: string): void {
  if (record.version !== version) {
    throw new ConflictError(
      `${name} ${record.id} changed since version ${version}: it is at version ${record.version}`,
      {
        currentVersion: record.version,
      },
    );
  }
}
