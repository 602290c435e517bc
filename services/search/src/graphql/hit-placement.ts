import type { ServiceDocument } from '../document/search-document';
import type { ServiceFilters } from '../engine/search-engine';

/**
 * Whether a hit answers the territory filter only because its coarsely placed site (commune or
 * sub-municipality) may lie in the territory: the same test for both engines.
 */
export function placedProbably(
  document: Pick<ServiceDocument, 'locatedIn' | 'serves' | 'possibleIn'>,
  territory: ServiceFilters['territory'],
): boolean {
  if (!territory || territory.mode === 'SERVES') {
    return false;
  }
  const sure =
    document.locatedIn.includes(territory.id) ||
    (territory.mode === 'BOTH' && document.serves.includes(territory.id));
  return !sure && (document.possibleIn ?? []).includes(territory.id);
}
