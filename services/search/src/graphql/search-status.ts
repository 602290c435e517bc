import type { SearchServices } from '../context';
import type { SearchStatus } from './search-results';

/** The engine's document counts (null when it does not answer) and the indexer's lag. */
export async function searchStatus(services: SearchServices): Promise<SearchStatus> {
  const [counts, cursor] = await Promise.all([
    Promise.all([services.engine.count('services'), services.engine.count('organisations')]).catch(
      () => null,
    ),
    services.feed.cursor(),
  ]);
  const lag = await services.feed.lag(cursor);
  return {
    engine: services.engine.name,
    available: counts !== null,
    serviceDocuments: counts?.[0] ?? null,
    serviceDocumentsInMemory: services.engine.inMemory?.() ?? null,
    organisationDocuments: counts?.[1] ?? null,
    cursor: `${cursor.transactionId}:${cursor.changeId}`,
    cursorUpdatedAt: cursor.updatedAt,
    lagChanges: lag.changes,
    lagSeconds: lag.oldest ? Math.max(0, (Date.now() - lag.oldest.getTime()) / 1000) : null,
  };
}
