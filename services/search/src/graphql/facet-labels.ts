import { AGREMENT_AUTHORITY_LABELS, languageNames } from '@bxl/common';

import { ACCESS_LABELS } from '../document/search-document';
import type { DocText } from '../document/search-document';
import type { ServiceFacets } from './search-results';
import type { Vocabulary } from './vocabulary';

/** A facet value's names; a value none of the sources knows (a code added since) keeps its code. */
export interface FacetLabel {
  fr: string;
  nl: string;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

const fromDocText = (text: DocText, fallback: string): FacetLabel => ({
  fr: capitalised(text.fr ?? fallback),
  nl: capitalised(text.nl ?? fallback),
});

/**
 * The labels of every facet's values, so that a portal shows names, never codes: taxonomy terms
 * and needs as the registry names them, territories by their names (through the gateway, cached
 * with the vocabulary), languages by ICU, access conditions and authorities from our own lists.
 */
export async function facetLabels(
  vocabulary: Vocabulary,
): Promise<Record<keyof ServiceFacets, (value: string) => FacetLabel>> {
  const [values, territories] = await Promise.all([
    vocabulary.values(),
    vocabulary.territoryNames(),
  ]);
  const terms = (list: Array<{ code: string; labelFr: string; labelNl: string }>) => {
    const byCode = new Map(list.map((term) => [term.code, { fr: term.labelFr, nl: term.labelNl }]));
    return (value: string) => byCode.get(value) ?? { fr: value, nl: value };
  };
  const territory = (value: string) => territories.get(value) ?? { fr: value, nl: value };
  return {
    types: terms(values.typeLabels),
    publics: terms(values.publicLabels),
    needs: terms(values.needLabels),
    bassins: territory,
    groupements: territory,
    communes: territory,
    languages: languageNames,
    access: (value) =>
      value in ACCESS_LABELS
        ? fromDocText(ACCESS_LABELS[value as keyof typeof ACCESS_LABELS], value)
        : { fr: value, nl: value },
    authorities: (value) =>
      AGREMENT_AUTHORITY_LABELS[value as keyof typeof AGREMENT_AUTHORITY_LABELS] ?? {
        fr: value,
        nl: value,
      },
    synthetic: (value) =>
      value === 'true'
        ? { fr: 'Exemples (données synthétiques)', nl: 'Voorbeelden (synthetische gegevens)' }
        : { fr: 'Services réels', nl: 'Echte diensten' },
  };
}
