import { randomBytes } from 'node:crypto';

import { countChangeLog, readChangeLog } from '@bxl/common';
import { expectData } from '@bxl/common/testkit';

import { CREATE_ORG, CREATE_SERVICE } from './actors-kit';
import type { TestStack } from './test-stack';

/** The operations and fixtures the collaborations suites share. */

export const UPDATE_CLSS = `mutation($input: UpdateLocalSocialHealthContractInput!) {
  updateLocalSocialHealthContract(input: $input) { id version
    workingGroup { kind members { role organisation { id } personName } }
    coordinationCell { kind members { role organisation { id } personName } } } }`;

export const CREATE_CENTRE = `mutation($input: IntegratedCentreInput!) { createIntegratedCentre(input: $input) {
  id version readiness { meetsFrame missing { function unit minimum present missing } } } }`;

export const CREATE_CONVENTION = `mutation($input: ConventionInput!) { createConvention(input: $input) {
  id version parties { role organisation { id } service { id } } } }`;

/**
 * A fresh organisation of the registry (through the actors subgraph), with one service of a type,
 * named `serviceName` or after the organisation.
 */
export async function organisationWithService(
  stack: TestStack,
  type: string,
  serviceName?: string,
): Promise<{ organisationId: string; serviceId: string; name: string }> {
  const name = `Test ${type} ${randomBytes(3).toString('hex')}`;
  const editor = stack.as('editor');
  const { createOrganisation } = await expectData<{ createOrganisation: { id: string } }>(
    stack.gatewayUrl,
    CREATE_ORG,
    { input: { nameFr: name } },
    editor,
  );
  const { createService } = await expectData<{ createService: { id: string } }>(
    stack.gatewayUrl,
    CREATE_SERVICE,
    {
      input: {
        organisationId: createOrganisation.id,
        nameFr: serviceName ?? `${name} service`,
        typeCodes: [type],
      },
    },
    editor,
  );
  return { organisationId: createOrganisation.id, serviceId: createService.id, name };
}

/** Reads of the collaborations database of a test stack. */
export function collaborationsSql(stack: () => TestStack) {
  const sql = <T>(query: string, params: unknown[] = []) =>
    stack().collaborations.db.em.fork().execute<T[]>(query, params);
  const count = async (from: string, params: unknown[] = []) =>
    (await sql<{ n: number }>(`select count(*)::int as n from ${from}`, params))[0]?.n ?? 0;
  /** The change-log rows of one record: field and operation, in order. */
  const changes = async (entityId: string) =>
    (await readChangeLog(stack().collaborations.db.em.fork(), { entityId })).map(
      ({ entity, field, operation, after }) => ({ entity, field, operation, after }),
    );
  /** How many change-log rows of one entity type. */
  const logged = (entity: string) =>
    countChangeLog(stack().collaborations.db.em.fork(), { entity });
  return { sql, count, changes, logged };
}

/** The problem fields of a BAD_USER_INPUT error. */
export const problemFields = (error: { extensions?: Record<string, unknown> }) =>
  ((error.extensions?.problems ?? []) as Array<{ field: string }>).map((p) => p.field).sort();
