import type { Derived, Values } from './record-spec';
import type { CollaborationClients } from '../../context';

/**
 * A record's `territoryIds` from its `territoryId`: the territory and every larger one it touches,
 * as the territories subgraph says (so lists filter by any layer). Unknown territory: a problem.
 */
export async function deriveTerritories(
  values: Values,
  clients: CollaborationClients,
): Promise<Derived> {
  const id = values.territoryId as string | null;
  if (!id) {
    return { set: { territoryIds: [] }, problems: [] };
  }
  const ids = await clients.territories.withEnclosing(id);
  return ids
    ? { set: { territoryIds: ids }, problems: [] }
    : { set: {}, problems: [{ field: 'territoryId', message: `unknown territory ${id}` }] };
}
