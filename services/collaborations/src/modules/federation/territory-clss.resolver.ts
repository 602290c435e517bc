import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CollaborationsContext } from '../../context';
import { LocalSocialHealthContract } from '../clss/clss.entity';
import { QuartierReferent } from '../referent/quartier-referent.entity';
import { BassinRef, CommuneRef, GroupementRef } from './references';
import type { EntityReference } from './references';

@Resolver(() => GroupementRef)
export class GroupementClssResolver {
  @FieldResolver(() => LocalSocialHealthContract, {
    nullable: true,
    description: 'Its CLSS (contrat local social-santé), if it has one.',
  })
  async clss(@Root() groupement: EntityReference, @Ctx() context: CollaborationsContext) {
    const found = await context.loaders.clssInTerritory.load(groupement.id);
    return found.find((clss) => clss.groupementId === groupement.id) ?? null;
  }
}

@Resolver(() => BassinRef)
export class BassinClssResolver {
  @FieldResolver(() => [LocalSocialHealthContract], {
    description: 'The CLSS whose groupement lies (wholly or partly) in this bassin, by name.',
  })
  clss(@Root() bassin: EntityReference, @Ctx() context: CollaborationsContext) {
    return context.loaders.clssInTerritory.load(bassin.id);
  }
}

@Resolver(() => CommuneRef)
export class CommuneClssResolver {
  @FieldResolver(() => [LocalSocialHealthContract], {
    description: 'The CLSS whose groupement lies (wholly or partly) in this commune, by name.',
  })
  clss(@Root() commune: EntityReference, @Ctx() context: CollaborationsContext) {
    return context.loaders.clssInTerritory.load(commune.id);
  }

  @FieldResolver(() => [QuartierReferent], {
    description: 'Its référents quartiers (for a commune no CLSS covers).',
  })
  quartierReferents(@Root() commune: EntityReference, @Ctx() context: CollaborationsContext) {
    return context.loaders.referentsOfCommune.load(commune.id);
  }
}
