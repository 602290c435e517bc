import type { EntityManager } from '@mikro-orm/postgresql';

import { byIdLoader, groupedLoader, multiGroupedLoader } from '@bxl/common';

import { LocalSocialHealthContract } from './clss/clss.entity';
import { RegionalCommittee } from './committee/regional-committee.entity';
import { Convention } from './convention/convention.entity';
import { IntegratedCentre } from './cssi/cssi.entity';
import { CollaborationMember } from './member/member.entity';
import { Network } from './network/network.entity';
import type { CollaborationRecord } from './record/collaboration-record.entity';
import { QuartierReferent } from './referent/quartier-referent.entity';

/** The key of one body's members: `<owner id>|<body>`. */
export const bodyKey = (ownerId: string, body: string) => `${ownerId}|${body}`;

const ownerOf = (key: string) => key.slice(0, key.lastIndexOf('|'));

function recordLoader<E extends CollaborationRecord>(em: EntityManager, entity: new () => E) {
  return byIdLoader<E>(
    (ids) => em.find(entity, { id: { $in: [...ids] } } as never) as Promise<E[]>,
    (record) => record.id,
  );
}

/** This request's loaders: one statement per batch, whatever the length of the list asked. */
export const createCollaborationLoaders = (em: EntityManager) => ({
  clss: recordLoader(em, LocalSocialHealthContract),
  centre: recordLoader(em, IntegratedCentre),
  convention: recordLoader(em, Convention),
  network: recordLoader(em, Network),
  committee: recordLoader(em, RegionalCommittee),
  /** `<owner id>|<body>` → the body's members, in their order. */
  members: groupedLoader(
    (keys) =>
      em.find(
        CollaborationMember,
        { ownerId: { $in: [...new Set(keys.map(ownerOf))] } },
        { orderBy: { ownerId: 'asc', position: 'asc' } },
      ),
    (member) => bodyKey(member.ownerId, member.body),
  ),
  /** organisation id → every seat it holds, in any body. */
  seatsOfOrganisation: groupedLoader(
    (ids) =>
      em.find(
        CollaborationMember,
        { organisationId: { $in: [...ids] } },
        { orderBy: { ownerId: 'asc', position: 'asc' } },
      ),
    (member) => member.organisationId ?? '',
  ),
  /** organisation id → the CLSS it hosts. */
  clssHostedBy: groupedLoader(
    (ids) =>
      em.find(
        LocalSocialHealthContract,
        { hostOrganisationId: { $in: [...ids] } },
        { orderBy: { nameFr: 'asc', id: 'asc' } },
      ),
    (clss) => clss.hostOrganisationId ?? '',
  ),
  /** territory id (any layer) → the CLSS (not archived) whose groupement touches it. */
  clssInTerritory: multiGroupedLoader(
    (ids) =>
      em.find(
        LocalSocialHealthContract,
        { territoryIds: { $overlap: [...ids] }, archivedAt: null },
        { orderBy: { nameFr: 'asc', id: 'asc' } },
      ),
    (clss) => clss.territoryIds,
  ),
  /** commune id → its référents quartiers (not archived). */
  referentsOfCommune: groupedLoader(
    (ids) =>
      em.find(
        QuartierReferent,
        { communeId: { $in: [...ids] }, archivedAt: null },
        { orderBy: { id: 'asc' } },
      ),
    (referent) => referent.communeId,
  ),
});

export type CollaborationLoaders = ReturnType<typeof createCollaborationLoaders>;
