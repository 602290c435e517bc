import { LockMode } from '@mikro-orm/postgresql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import {
  appendChanges,
  assertNoProblems,
  changedFields,
  ConflictError,
  NotFoundError,
  requireRole,
  Role,
} from '@bxl/common';

import type { ActorsContext } from '../../context';
import { TerritoryMode } from '../actor.enums';
import { serviceConditions } from '../service/service.repository';
import { serviceFilterContext } from '../service/service.resolver';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';
import { termKey } from '../taxonomy/taxonomy.repository';
import { Need, NeedLink } from './need.entity';
import { CreateNeedInput, NeedInput, needCodeProblems, needContent } from './need.input';
import { countServicesPerNeed } from './need.repository';

@ObjectType({ description: 'A need and how many services meet it (in a territory when asked).' })
export class NeedCount {
  @Field(() => Need, { description: 'The need.' })
  need!: Need;

  @Field(() => Int, {
    description: 'Active services whose types or publics meet it, fully or partly (each once).',
  })
  services!: number;

  @Field(() => Int, { description: 'Of those, the services meeting it through a full link.' })
  fully!: number;
}

const CONTENT_FIELDS = ['labelFr', 'labelNl', 'wordsFr', 'wordsNl', 'links', 'sources'] as const;

@Resolver(() => Need)
export class NeedResolver {
  @Query(() => [NeedCount], {
    description:
      'The needs vocabulary ("I need…" entry points), by code, with the number of active services meeting each need, in a territory when one is given.',
  })
  async needs(
    @Arg('territory', () => ID, {
      nullable: true,
      description: 'Count only services operating in this territory (any layer).',
    })
    territory: string | undefined,
    @Arg('mode', () => TerritoryMode, {
      nullable: true,
      description: 'With `territory`: located in it, serving it, or both (default BOTH).',
    })
    mode: TerritoryMode | undefined,
    @Ctx() context: ActorsContext,
  ): Promise<NeedCount[]> {
    const filter = { territory, mode };
    const conditions = await serviceConditions(filter, await serviceFilterContext(context, filter));
    const [needs, rows] = await Promise.all([
      context.loaders.needs(),
      countServicesPerNeed(context.em, conditions.where, conditions.params),
    ]);
    const counts = new Map(rows.map((row) => [row.code, row]));
    return [...needs.values()].map((need) => ({
      need,
      services: counts.get(need.code)?.services ?? 0,
      fully: counts.get(need.code)?.fully ?? 0,
    }));
  }

  @Query(() => Need, { nullable: true, description: 'A need by code; null if none.' })
  async need(@Arg('code') code: string, @Ctx() context: ActorsContext) {
    return (await context.loaders.needs()).get(code) ?? null;
  }

  @Mutation(() => Need, {
    description:
      'Admins: add a need (written to the change log; the search index picks it up). Codes are stable.',
  })
  async createNeed(
    @Arg('input', () => CreateNeedInput) input: CreateNeedInput,
    @Ctx() context: ActorsContext,
  ) {
    const identity = requireRole(context.identity, Role.ADMIN);
    const { problems, content } = needContent(input, await context.loaders.taxonomy());
    assertNoProblems('Invalid need', [...needCodeProblems(input.code), ...problems]);
    return context.em.transactional(async (em) => {
      if (await em.findOne(Need, { code: input.code })) {
        throw new ConflictError(`need ${input.code} already exists`);
      }
      const need = Object.assign(new Need(), { code: input.code, ...content });
      em.persist(need);
      await em.flush();
      await appendChanges(em, {
        actor: identity.subject,
        entity: 'Need',
        entityId: need.code,
        operation: 'CREATE',
        changes: changedFields(null, content, CONTENT_FIELDS),
      });
      return need;
    });
  }

  @Mutation(() => Need, {
    description:
      'Admins: replace a need’s labels, words, links and sources (each changed field goes to the change log; the services it concerns are reindexed).',
  })
  async updateNeed(
    @Arg('code') code: string,
    @Arg('input', () => NeedInput) input: NeedInput,
    @Ctx() context: ActorsContext,
  ) {
    const identity = requireRole(context.identity, Role.ADMIN);
    const { problems, content } = needContent(input, await context.loaders.taxonomy());
    assertNoProblems('Invalid need', problems);
    return context.em.transactional(async (em) => {
      const need = await em.findOne(Need, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!need) {
        throw new NotFoundError('Need', code);
      }
      const before = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, need[field]]));
      const changes = changedFields(before, content, CONTENT_FIELDS);
      if (changes.length === 0) {
        return need;
      }
      Object.assign(need, content);
      await em.flush();
      await appendChanges(em, {
        actor: identity.subject,
        entity: 'Need',
        entityId: code,
        operation: 'UPDATE',
        changes,
      });
      return need;
    });
  }
}

@Resolver(() => NeedLink)
export class NeedLinkResolver {
  @FieldResolver(() => TaxonomyTerm, {
    nullable: true,
    description: 'The term, with its labels (null if it no longer exists).',
  })
  async term(@Root() link: NeedLink, @Ctx() context: ActorsContext) {
    const { terms } = await context.loaders.taxonomy();
    return terms.get(termKey(link.taxonomy, link.code)) ?? null;
  }
}
