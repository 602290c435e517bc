import type { EntityManager } from '@mikro-orm/postgresql';

import { Taxonomy } from '../actor.enums';
import { TaxonomyTerm } from './taxonomy-term.entity';
import { SERVICE_TYPES, TARGET_PUBLICS } from './taxonomy.data';

export interface TaxonomyCodes {
  serviceTypes: Set<string>;
  publics: Set<string>;
  terms: Map<string, TaxonomyTerm>;
}

export const termKey = (taxonomy: Taxonomy, code: string) => `${taxonomy}:${code}`;

/** Every term, by taxonomy: what filters and writes validate codes against. */
export async function loadTaxonomy(em: EntityManager): Promise<TaxonomyCodes> {
  const terms = await em.find(TaxonomyTerm, {}, { orderBy: { taxonomy: 'asc', code: 'asc' } });
  const codes = (taxonomy: Taxonomy) =>
    new Set(terms.filter((term) => term.taxonomy === taxonomy).map((term) => term.code));
  return {
    serviceTypes: codes(Taxonomy.SERVICE_TYPE),
    publics: codes(Taxonomy.TARGET_PUBLIC),
    terms: new Map(terms.map((term) => [termKey(term.taxonomy, term.code), term])),
  };
}

/** The built-in terms (taxonomy.data.ts), as rows to upsert. */
export function builtInTerms(): Array<
  Pick<TaxonomyTerm, 'taxonomy' | 'code' | 'labelFr' | 'labelNl'>
> {
  return [
    ...SERVICE_TYPES.map((term) => ({
      taxonomy: Taxonomy.SERVICE_TYPE,
      code: term.code,
      labelFr: term.fr,
      labelNl: term.nl,
    })),
    ...TARGET_PUBLICS.map((term) => ({
      taxonomy: Taxonomy.TARGET_PUBLIC,
      code: term.code,
      labelFr: term.fr,
      labelNl: term.nl,
    })),
  ];
}
