import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';

import {
  appendChanges,
  assertNoProblems,
  CACHE_DAY_S,
  cacheFor,
  changedFields,
  ConflictError,
  requireRole,
  Role,
} from '@bxl/common';
import type { Problem } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { Taxonomy } from '../actor.enums';
import { TaxonomyTerm } from './taxonomy-term.entity';

@Resolver(() => TaxonomyTerm)
export class TaxonomyResolver {
  @Query(() => [TaxonomyTerm], {
    description: 'The terms of a taxonomy (service types, target publics), by code.',
  })
  @Directive(cacheFor(CACHE_DAY_S))
  async taxonomy(
    @Arg('taxonomy', () => Taxonomy) taxonomy: Taxonomy,
    @Ctx() context: ActorsContext,
  ) {
    const { terms } = await context.loaders.taxonomy();
    return [...terms.values()].filter((term) => term.taxonomy === taxonomy);
  }

  @Mutation(() => TaxonomyTerm, {
    description:
      'Admins: add a term to a taxonomy. Codes are stable: once added, a code is never renamed.',
  })
  async addTaxonomyTerm(
    @Arg('taxonomy', () => Taxonomy) taxonomy: Taxonomy,
    @Arg('code') code: string,
    @Arg('labelFr') labelFr: string,
    @Arg('labelNl') labelNl: string,
    @Ctx() context: ActorsContext,
  ) {
    const identity = requireRole(context.identity, Role.ADMIN);
    const problems: Problem[] = [];
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) || code.length > 40) {
      problems.push({
        field: 'code',
        message: 'lower-case words joined by "-", at most 40 characters',
      });
    }
    if (!labelFr.trim()) {
      problems.push({ field: 'labelFr', message: 'a French label is required' });
    }
    if (!labelNl.trim()) {
      problems.push({ field: 'labelNl', message: 'a Dutch label is required' });
    }
    assertNoProblems('Invalid taxonomy term', problems);
    return context.em.transactional(async (em) => {
      if (await em.findOne(TaxonomyTerm, { taxonomy, code })) {
        throw new ConflictError(`${taxonomy} ${code} already exists`);
      }
      const term = Object.assign(new TaxonomyTerm(), {
        taxonomy,
        code,
        labelFr: labelFr.trim(),
        labelNl: labelNl.trim(),
      });
      em.persist(term);
      await em.flush();
      const fields = ['labelFr', 'labelNl'];
      await appendChanges(em, {
        actor: identity.subject,
        entity: 'TaxonomyTerm',
        entityId: `${taxonomy}:${code}`,
        operation: 'CREATE',
        changes: changedFields(null, { labelFr: term.labelFr, labelNl: term.labelNl }, fields),
      });
      return term;
    });
  }
}
