import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Role, requireRole } from '@bxl/common';

import type { TerritoriesContext } from '../../context';
import { findTerritories } from '../territory/territory.repository';
import { Layer } from '../territory/territory.enums';
import { GroupementDataset } from './groupement-dataset.entity';
import { Groupement } from './groupement.entity';
import { DatasetKind } from './groupement.enums';
import { GroupementImportReport, ImportGroupementsInput } from './groupement.importer';

@Resolver(() => Groupement)
export class GroupementResolver {
  @FieldResolver(() => GroupementDataset, {
    description: 'The layer version this groupement belongs to.',
  })
  async dataset(@Root() groupement: Groupement, @Ctx() context: TerritoriesContext) {
    return context.loaders.dataset.load(groupement.datasetId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True while this is not the official layer: built from named CLSS quartiers, without indicators.',
  })
  async provisional(@Root() groupement: Groupement, @Ctx() context: TerritoriesContext) {
    return (
      (await context.loaders.dataset.load(groupement.datasetId))?.kind !== DatasetKind.OFFICIAL
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The largest possible rank sum: 4 × the number of groupements.',
  })
  async maxRankSum(@Root() groupement: Groupement, @Ctx() context: TerritoriesContext) {
    const dataset = await context.loaders.dataset.load(groupement.datasetId);
    return dataset?.kind === DatasetKind.OFFICIAL ? 4 * dataset.groupementCount : null;
  }

  @Query(() => [Groupement], {
    description:
      'Groupements of the active layer (or of a given dataset), optionally those (partly) in a bassin or commune, in code order.',
  })
  async groupements(
    @Arg('within', () => ID, { nullable: true }) within: string | null,
    @Arg('datasetId', () => ID, { nullable: true }) datasetId: string | null,
    @Ctx() context: TerritoriesContext,
  ) {
    return (await findTerritories(context.em, { layer: Layer.GROUPEMENT, within, datasetId }))
      .items;
  }

  @Query(() => [GroupementDataset], {
    description: 'Every version of the groupement layer, the active one first.',
  })
  groupementDatasets(@Ctx() context: TerritoriesContext) {
    return context.em.find(GroupementDataset, {}, { orderBy: { active: 'desc', id: 'asc' } });
  }

  @Mutation(() => GroupementImportReport, {
    description:
      'Admin: import the official groupement table (units → groupements, with the four indicators). All or nothing: any problem rejects the file with line-numbered errors.',
  })
  async importGroupements(
    @Arg('input', () => ImportGroupementsInput) input: ImportGroupementsInput,
    @Ctx() context: TerritoriesContext,
  ) {
    const identity = requireRole(context.identity, Role.ADMIN);
    return context.services.importer.import(context.em, input, identity.subject);
  }
}
