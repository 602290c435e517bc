import { expectData } from '@bxl/common/testkit';

import type { TestStack } from './test-stack';

/** The operations and fixtures the actors write suites share. */
export const CREATE_ORG = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version nameFr enterpriseNumber phones } }`;
export const CREATE_SITE = `mutation($input: CreateSiteInput!) { createSite(input: $input) {
  id version commune { id } positionPrecision bassin { id } groupement { id } quartier { id } } }`;
export const UPDATE_SITE = `mutation($input: UpdateSiteInput!) { updateSite(input: $input) {
  id version commune { id } bassin { id } groupement { id } quartier { id } } }`;
export const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id version sites { id } } }`;

const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
  day,
  opens: '09:00',
  closes: '17:00',
}));

/** Weekday hours, with or without Saturday morning. */
export const hours = (saturday: boolean) => ({
  weekly: saturday ? [...weekdays, { day: 'SATURDAY', opens: '09:00', closes: '13:00' }] : weekdays,
  exceptions: [],
  closedOnPublicHolidays: true,
});

/** SQL on the actors database of a test stack, and a row count. */
export function actorsSql(stack: () => TestStack) {
  const sql = <T>(query: string, params: unknown[] = []) =>
    stack().actors.db.em.fork().execute<T[]>(query, params);
  const count = async (table: string) =>
    (await sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;
  return { sql, count };
}

/** A point inside a quartier (its label point, checked by locate). */
export async function pointIn(
  stack: TestStack,
  quartier: string,
): Promise<{ latitude: number; longitude: number }> {
  const { territory } = await expectData<{
    territory: { centroid: { latitude: number; longitude: number } };
  }>(stack.gatewayUrl, `{ territory(id: "${quartier}") { centroid { latitude longitude } } }`);
  const { locate } = await expectData<{ locate: { quartier: { id: string } } }>(
    stack.gatewayUrl,
    `{ locate(latitude: ${territory.centroid.latitude}, longitude: ${territory.centroid.longitude}) { quartier { id } } }`,
  );
  expect(locate.quartier.id).toBe(quartier);
  return territory.centroid;
}
