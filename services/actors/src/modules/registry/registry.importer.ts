import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { assertNoProblems, RecordWriter } from '@bxl/common';
import type { Identity, Problem, RecordSpec, UpsertItem } from '@bxl/common';

import type { RegistryRecords } from '../../records/registry-records';
import type { TerritoryClient } from '../../territory/territory.client';
import { parentFault } from '../organisation/organisation-hierarchy';
import { ORGANISATION_FIELDS, organisationProblems } from '../organisation/organisation.input';
import type { RegistryRecord } from '../registry-record.entity';
import { ServiceAtSite } from '../service/service-at-site.entity';
import { SERVICE_FIELDS, serviceProblems } from '../service/service.input';
import { placeSites } from '../site/site-placement';
import { normaliseSite, SITE_FIELDS, siteProblems } from '../site/site.input';
import { loadTaxonomy } from '../taxonomy/taxonomy.repository';
import { registrySpecs } from './registry.specs';

const writer = new RecordWriter();

@ObjectType({
  description: 'How many records of one kind an import creates, updates or leaves as they are.',
})
export class ImportCounts {
  @Field(() => Int, { description: 'New records.' })
  created = 0;

  @Field(() => Int, { description: 'Existing records (same external id or id) that change.' })
  updated = 0;

  @Field(() => Int, { description: 'Existing records the file leaves as they are.' })
  unchanged = 0;
}

@ObjectType({ description: 'One field an import changes in one record.' })
export class ImportFieldChange {
  @Field({ description: 'The field.' })
  field!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Its value in the registry (null: none).',
  })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value from the file.' })
  after?: unknown;
}

@ObjectType({ description: 'One record an import creates or changes, field by field.' })
export class ImportRecordChange {
  @Field({ description: 'Organisation, Site or Service.' })
  entity!: string;

  @Field(() => ID, { description: 'The registry id it is (or will be) written to.' })
  entityId!: string;

  @Field({ description: 'CREATE or UPDATE.' })
  operation!: string;

  @Field(() => [ImportFieldChange], { description: 'The fields that change.' })
  fields!: ImportFieldChange[];
}

@ObjectType({ description: 'What an import did, or (dry run) would do.' })
export class ImportReport {
  @Field({ description: 'True if nothing was written.' })
  dryRun!: boolean;

  @Field(() => ImportCounts, { description: 'Organisations.' })
  organisations = new ImportCounts();

  @Field(() => ImportCounts, { description: 'Sites.' })
  sites = new ImportCounts();

  @Field(() => ImportCounts, { description: 'Services.' })
  services = new ImportCounts();

  @Field(() => [ImportRecordChange], {
    description:
      'Every record created or changed, with its changed fields (unchanged ones left out).',
  })
  records: ImportRecordChange[] = [];
}

class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const at = (kind: string, index: number, problems: Problem[]): Problem[] =>
  problems.map((problem) => ({
    ...problem,
    line: index + 1,
    field: `${kind}[${index}].${problem.field ?? ''}`,
  }));

/**
 * The fields a record carries: a field the file's format does not carry (undefined) is left out, so
 * an update keeps the registry's value (e.g. the ages, which no interchange format holds).
 */
const carried = (record: object, fields: readonly string[]) =>
  Object.fromEntries(
    fields
      .filter((f) => (record as Record<string, unknown>)[f] !== undefined)
      .map((f) => [f, (record as Record<string, unknown>)[f] ?? null]),
  );

const flat = (service: RegistryRecords['services'][number]) => ({
  ...service,
  ...service.access,
});

/**
 * Writes a whole file of records, all or nothing: validated first (each problem names the record
 * and the field), sites placed by the territories subgraph, then, in one transaction, each record
 * upserted by external id (else by id) with one change-log row per changed field. A dry run does
 * the same work and rolls it back, so its report is exact.
 */
export async function importRecords(
  em: EntityManager,
  territories: TerritoryClient,
  identity: Identity,
  records: RegistryRecords,
  dryRun: boolean,
): Promise<ImportReport> {
  const codes = await loadTaxonomy(em);
  const problems: Problem[] = [
    ...records.organisations.flatMap((o, i) => at('organisations', i, organisationProblems(o))),
    ...records.sites.flatMap((s, i) => at('sites', i, siteProblems(s))),
    ...records.services.flatMap((s, i) => at('services', i, serviceProblems(flat(s), codes))),
  ];
  const orgIds = new Set(records.organisations.map((o) => o.id));
  const siteIds = new Set(records.sites.map((s) => s.id));
  records.sites.forEach((s, i) => {
    if (!orgIds.has(s.organisationId)) {
      problems.push({
        line: i + 1,
        field: `sites[${i}].organisationId`,
        message: `${s.organisationId} is not in the file`,
      });
    }
  });
  records.services.forEach((s, i) => {
    if (!orgIds.has(s.organisationId)) {
      problems.push({
        line: i + 1,
        field: `services[${i}].organisationId`,
        message: `${s.organisationId} is not in the file`,
      });
    }
    s.siteIds.forEach((siteId, j) => {
      if (!siteIds.has(siteId)) {
        problems.push({
          line: i + 1,
          field: `services[${i}].siteIds[${j}]`,
          message: `${siteId} is not in the file`,
        });
      }
    });
  });
  const hierarchy = parentsOf(records.organisations, await organisationRows(em));
  problems.push(...hierarchy.problems);
  assertNoProblems('The import was rejected; nothing was changed', problems);
  const placed = await place(records, territories);
  assertNoProblems('The import was rejected; nothing was changed', placed.problems);

  const specs = registrySpecs(territories);
  try {
    const report = await em.transactional(async (tx) => {
      const report = Object.assign(new ImportReport(), { dryRun });
      const ids = new Map<string, string>();
      /** Upserts every record of one kind (see RecordWriter.upsertMany) and reports it. */
      const upsertAll = async <E extends RegistryRecord>(
        spec: RecordSpec<E>,
        items: UpsertItem[],
        counts: ImportCounts,
      ): Promise<E[]> => {
        const outcomes = await writer.upsertMany(tx, identity, spec, items);
        return outcomes.map(({ record, operation, changes }, index) => {
          ids.set(items[index]?.key.id as string, record.id);
          if (operation === 'UNCHANGED') {
            counts.unchanged += 1;
            return record;
          }
          counts[operation === 'CREATE' ? 'created' : 'updated'] += 1;
          report.records.push({
            entity: spec.name,
            entityId: record.id,
            operation,
            fields: changes,
          });
          return record;
        });
      };
      await upsertAll(
        specs.organisation,
        records.organisations.map((o) => ({
          key: o,
          values: {
            ...carried(o, ORGANISATION_FIELDS),
            parentOrganisationId: hierarchy.parents.get(o.id) ?? null,
            phones: o.phones,
            agrements: o.agrements ?? [],
          },
        })),
        report.organisations,
      );
      await upsertAll(
        specs.site,
        records.sites.map((s) => ({
          key: s,
          values: {
            ...carried(normaliseSite(s), SITE_FIELDS),
            phones: s.phones,
            organisationId: ids.get(s.organisationId),
            ...placed.territories.get(s.id),
          },
        })),
        report.sites,
      );
      const services = await upsertAll(
        specs.service,
        records.services.map((s) => ({
          key: s,
          values: {
            ...carried(flat(s), SERVICE_FIELDS),
            organisationId: ids.get(s.organisationId),
          },
        })),
        report.services,
      );
      if (services.length > 0) {
        await tx.nativeDelete(ServiceAtSite, {
          serviceId: { $in: services.map((service) => service.id) },
        });
      }
      records.services.forEach((s, index) => {
        for (const siteId of s.siteIds) {
          tx.persist(
            Object.assign(new ServiceAtSite(), {
              serviceId: services[index]?.id,
              siteId: ids.get(siteId),
            }),
          );
        }
      });
      await tx.flush();
      if (dryRun) {
        throw new DryRun(report);
      }
      return report;
    });
    const written = [report.organisations, report.sites, report.services].reduce(
      (sum, counts) => sum + counts.created + counts.updated,
      0,
    );
    if (written > 200) {
      // A large import changes the tables' statistics: plan the next queries on the new counts.
      await em.execute(
        'analyze actors.organisation, actors.site, actors.service, actors.service_at_site',
        [],
        'run',
      );
    }
    return report;
  } catch (error) {
    if (error instanceof DryRun) {
      return error.report;
    }
    throw error;
  }
}

interface OrganisationRow {
  id: string;
  external_id: string | null;
  parent_organisation_id: string | null;
}

/** Every organisation of the registry (archived or not): id, external id and parent. */
function organisationRows(em: EntityManager): Promise<OrganisationRow[]> {
  return em.execute<OrganisationRow[]>(
    'select id, external_id, parent_organisation_id from actors.organisation',
  );
}

/**
 * The parent of each organisation of the file, as a registry id: a parent in the file is the
 * record it will be written to (matched by external id, as `upsert` does, else its own id); any
 * other parent must already be in the registry. Problems: those of parentFault, on the hierarchy
 * as it will be once the file is written.
 */
function parentsOf(organisations: RegistryRecords['organisations'], rows: OrganisationRow[]) {
  const byExternalId = new Map(
    rows.filter((row) => row.external_id).map((row) => [row.external_id as string, row.id]),
  );
  const target = new Map(
    organisations.map((o) => [o.id, (o.externalId && byExternalId.get(o.externalId)) || o.id]),
  );
  const parents = new Map<string, string | null>(
    organisations.map((o) => {
      const parent = o.parentOrganisationId ?? null;
      return [o.id, parent === null ? null : (target.get(parent) ?? parent)];
    }),
  );
  const parentOf = new Map(rows.map((row) => [row.id, row.parent_organisation_id]));
  for (const o of organisations) {
    parentOf.set(target.get(o.id) as string, parents.get(o.id) ?? null);
  }
  const problems = organisations.flatMap((o, index): Problem[] => {
    const parent = o.parentOrganisationId ?? null;
    const fault =
      parent === o.id
        ? 'SELF'
        : parentFault(target.get(o.id) as string, parents.get(o.id) ?? null, parentOf);
    const message = {
      SELF: 'an organisation cannot be its own parent',
      MISSING: `${parent} is neither in the file nor in the registry`,
      CYCLE: `${parent} belongs to ${o.id}: it cannot be its parent`,
    };
    return fault
      ? [
          {
            line: index + 1,
            field: `organisations[${index}].parentOrganisationId`,
            message: message[fault],
          },
        ]
      : [];
  });
  return { parents, problems };
}

/** Every site's territories (see placeSites), keyed by site id; problems numbered by site. */
async function place(records: RegistryRecords, territories: TerritoryClient) {
  const { placements, problems } = await placeSites(records.sites, territories);
  return {
    territories: new Map(
      records.sites.flatMap((site, index) => {
        const placement = placements[index];
        return placement ? [[site.id, placement] as const] : [];
      }),
    ),
    problems: problems.map(
      ({ index, field, message }): Problem => ({
        line: index + 1,
        field: `sites[${index}].${field}`,
        message,
      }),
    ),
  };
}
