import type { EntityManager } from '@mikro-orm/postgresql';

import { slugify } from '@bxl/common';
import type { Logger } from '@bxl/common';

import type { ActorsClient, FoundOrganisation } from '../clients/actors.client';
import type { CollaborationClients } from '../context';
import { ClssStatus } from '../modules/clss/clss.enums';
import { LocalSocialHealthContract } from '../modules/clss/clss.entity';
import {
  REGIONAL_COMMITTEE_ID,
  RegionalCommittee,
} from '../modules/committee/regional-committee.entity';
import { CollaborationMember } from '../modules/member/member.entity';
import type { CollaborationRecord } from '../modules/record/collaboration-record.entity';
import { clssSeeds } from './clss.seed';
import type { ClssSeed } from './clss.seed';
import { syntheticExamples } from './synthetic-examples';
import type { ExampleActors, SeedRecord } from './synthetic-examples';

export async function isCollaborationsSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(LocalSocialHealthContract, {})) > 0;
}

/** The host of an existing CLSS: the (real) CPAS of its commune, as the actors subgraph knows it. */
async function hostOf(seed: ClssSeed, communeIds: Map<string, string>, actors: ActorsClient) {
  const communeId = communeIds.get(slugify(seed.communes[0] ?? ''));
  const cpas = communeId
    ? (await actors.organisationsWith('cpas', communeId)).filter((found) => !found.synthetic)
    : [];
  const host = cpas[0];
  return host
    ? { hostOrganisationId: host.id, note: seed.note }
    : {
        hostOrganisationId: null,
        note: `${seed.note} Host: the CPAS of ${seed.communes[0]}, not in the actor registry yet.`,
      };
}

async function clssRecords(clients: CollaborationClients): Promise<SeedRecord[]> {
  const communeIds = new Map(
    (await clients.territories.communes()).map((commune) => [slugify(commune.nameFr), commune.id]),
  );
  const records: SeedRecord[] = [];
  for (const seed of clssSeeds()) {
    const territoryIds = (await clients.territories.withEnclosing(seed.groupementId)) ?? [];
    const host =
      seed.status === ClssStatus.EXISTING
        ? await hostOf(seed, communeIds, clients.actors)
        : { hostOrganisationId: null, note: seed.note };
    const record = Object.assign(new LocalSocialHealthContract(), {
      id: seed.id,
      nameFr: seed.nameFr,
      nameNl: seed.nameNl,
      groupementId: seed.groupementId,
      territoryIds,
      status: seed.status,
      source: seed.source,
      ...host,
    });
    records.push({ record, body: null, members: [] });
  }
  return records;
}

/** The first synthetic organisation of each type the examples need in bassin Centre-Ouest. */
async function exampleActors(actors: ActorsClient): Promise<ExampleActors | null> {
  const first = async (type: string): Promise<FoundOrganisation | undefined> =>
    (await actors.organisationsWith(type, 'bassin:centre-ouest')).find((found) => found.synthetic);
  const [medicalHouse, casg, debtMediation, mentalHealth] = await Promise.all(
    ['medical-house', 'casg', 'debt-mediation', 'mental-health'].map(first),
  );
  return medicalHouse && casg && debtMediation && mentalHealth
    ? { medicalHouse, casg, debtMediation, mentalHealth }
    : null;
}

/**
 * Seeds the CLSS the sources name, the regional committee, and (when the actors registry has
 * synthetic actors) synthetic example CSSI, convention and network. Idempotent: only records whose
 * id is missing are added, so an editor's correction is never overwritten.
 */
export async function seedCollaborations(
  em: EntityManager,
  clients: CollaborationClients,
  logger?: Logger,
): Promise<void> {
  const committee = Object.assign(new RegionalCommittee(), {
    id: REGIONAL_COMMITTEE_ID,
    nameFr: 'Comité d’accompagnement régional des CLSS',
    nameNl: 'Gewestelijk begeleidingscomité van de LSGC',
    source: 'PSSI (issue 4 summary of the texts)',
    note: 'Its members are not recorded yet.',
  });
  const records: SeedRecord[] = [
    ...(await clssRecords(clients)),
    { record: committee, body: null, members: [] },
  ];
  const actors = await exampleActors(clients.actors);
  if (actors) {
    const cureghem = records.find((entry) => entry.record.id === 'clss:cureghem')?.record;
    records.push(
      ...syntheticExamples(actors, (cureghem as LocalSocialHealthContract).territoryIds),
    );
  } else {
    logger?.info(
      'no synthetic actors in bassin Centre-Ouest: synthetic collaboration examples skipped',
    );
  }
  await insertMissing(em, records);
  logger?.info({ records: records.length }, 'collaborations seeded');
}

async function insertMissing(em: EntityManager, records: SeedRecord[]): Promise<void> {
  await em.transactional(async (tx) => {
    for (const { record, body, members } of records) {
      const entity = record.constructor as new () => CollaborationRecord;
      if (await tx.findOne(entity, { id: record.id } as never)) {
        continue;
      }
      tx.persist(record);
      members.forEach((member, position) =>
        tx.persist(
          Object.assign(new CollaborationMember(), member, { ownerId: record.id, body, position }),
        ),
      );
    }
  });
}
