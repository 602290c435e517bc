import { Meilisearch } from 'meilisearch';
import type { EnqueuedTask, Index, SearchResponse, WaitOptions } from 'meilisearch';

import type { OrganisationDocument, ServiceDocument } from '../../document/search-document';
import { documentKey } from '../../document/search-document';
import type {
  IndexName,
  Language,
  OrganisationQuery,
  OrganisationResults,
  SearchEngine,
  ServiceQuery,
  ServiceResults,
  Suggestion,
} from '../search-engine';
import { apiErrorCode, succeeded, toEngineError } from './meilisearch-errors';
import { servicesFilter } from './meilisearch-filters';
import { organisationSearch, serviceSearch, suggestionSearches } from './meilisearch-query';
import type { SearchRequest } from './meilisearch-query';
import { organisationRecord, serviceRecord } from './meilisearch-records';
import { organisationResults, serviceResults } from './meilisearch-results';
import { indexSettings, indexUids, PRIMARY_KEY } from './meilisearch-settings';
import { suggestionsOf } from './meilisearch-suggestions';
import { loadSearchVocabulary, wholeSynonyms } from './meilisearch-vocabulary';
import { placeAttempts } from './meilisearch-places';
import type { SearchVocabulary } from './meilisearch-vocabulary';

/** How to reach a Meilisearch server and name the indexes. */
export interface MeilisearchEngineConfig {
  /** `http://127.0.0.1:7700`. */
  host: string;
  /** A key allowed to manage indexes, settings and documents (the master key in development). */
  apiKey?: string;
  /** Prepended to the index names: `bxl_` → `bxl_services`, `bxl_organisations` (default `bxl_`). */
  indexPrefix?: string;
  /** Per HTTP request (default 10 s); past it the engine counts as unreachable. */
  requestTimeoutMs?: number;
  /** Per awaited write task (default 120 s: a settings change reindexes everything). */
  taskTimeoutMs?: number;
  /** Documents per addition request (default 1000). */
  batchSize?: number;
  /** Synonyms and stop words (default: the committed data files). */
  vocabulary?: SearchVocabulary;
}

/** Service ids per deletion filter: keeps filters short. */
const SERVICE_IDS_PER_FILTER = 100;

/** Suggestion hits asked of each index per suggestion wanted (several values come from one hit). */
const HITS_PER_SUGGESTION = 2;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

/**
 * The production engine, over the official client. Settings are declared once
 * (meilisearch-settings); queries are translated by pure functions (meilisearch-query, -filters,
 * -results, -suggestions). Every write awaits its task and throws MeilisearchTaskError when it did
 * not succeed; any method throws SearchEngineUnavailableError when the server cannot be reached.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  /** The index uids, prefix included. */
  readonly indexUids: Record<IndexName, string>;
  private readonly client: Meilisearch;
  private readonly vocabulary: SearchVocabulary;
  private readonly batchSize: number;
  private readonly waitOptions: WaitOptions;

  constructor(config: MeilisearchEngineConfig) {
    this.indexUids = indexUids(config.indexPrefix ?? 'bxl_');
    this.waitOptions = { timeout: config.taskTimeoutMs ?? 120_000, interval: 50 };
    this.client = new Meilisearch({
      host: config.host,
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
      timeout: config.requestTimeoutMs ?? 10_000,
      defaultWaitOptions: this.waitOptions,
    });
    this.vocabulary = config.vocabulary ?? loadSearchVocabulary();
    this.batchSize = Math.max(1, config.batchSize ?? 1000);
  }

  prepare(): Promise<void> {
    return this.guard(async () => {
      for (const name of ['services', 'organisations'] as const) {
        const uid = this.indexUids[name];
        const created = await this.client
          .createIndex(uid, { primaryKey: PRIMARY_KEY })
          .waitTask(this.waitOptions);
        if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
          succeeded(created, `create the index ${uid}`);
        }
        succeeded(
          await this.index(name)
            .updateSettings(indexSettings(name, this.vocabulary))
            .waitTask(this.waitOptions),
          `update the settings of ${uid}`,
        );
      }
    });
  }

  upsertServices(documents: readonly ServiceDocument[]): Promise<void> {
    return this.guard(() => this.add('services', documents.map(serviceRecord)));
  }

  upsertOrganisations(documents: readonly OrganisationDocument[]): Promise<void> {
    return this.guard(() => this.add('organisations', documents.map(organisationRecord)));
  }

  remove(index: IndexName, ids: readonly string[]): Promise<void> {
    return this.guard(async () => {
      if (ids.length === 0) {
        return;
      }
      const keys = [...new Set(ids)].map(documentKey);
      await this.settle(
        [await this.index(index).deleteDocuments(keys)],
        `remove documents from ${this.indexUids[index]}`,
        ['index_not_found'],
      );
    });
  }

  removeServices(serviceIds: readonly string[]): Promise<void> {
    return this.guard(async () => {
      const tasks: EnqueuedTask[] = [];
      for (const chunk of chunks([...new Set(serviceIds)], SERVICE_IDS_PER_FILTER)) {
        tasks.push(await this.index('services').deleteDocuments({ filter: servicesFilter(chunk) }));
      }
      await this.settle(tasks, `remove services from ${this.indexUids.services}`, [
        'index_not_found',
      ]);
    });
  }

  clear(): Promise<void> {
    return this.guard(async () => {
      for (const name of ['services', 'organisations'] as const) {
        const task = await this.index(name).deleteAllDocuments().waitTask(this.waitOptions);
        if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
          succeeded(task, `empty ${this.indexUids[name]}`);
        }
      }
    });
  }

  /** The first of the place attempts that finds something (see placeAttempts). */
  searchServices(query: ServiceQuery): Promise<ServiceResults> {
    return this.guard(async () => {
      const synonyms = this.vocabulary.synonyms;
      const attempts = placeAttempts(query, (asked) =>
        serviceSearch({ ...asked, text: wholeSynonyms(asked.text, synonyms) }),
      );
      let response: SearchResponse | undefined;
      for (const attempt of attempts) {
        response = await this.search('services', attempt);
        if ((response.totalHits ?? response.estimatedTotalHits ?? response.hits.length) > 0) {
          break;
        }
      }
      return serviceResults(response as SearchResponse, query);
    });
  }

  searchOrganisations(query: OrganisationQuery): Promise<OrganisationResults> {
    return this.guard(async () =>
      organisationResults(await this.search('organisations', organisationSearch(query)), query),
    );
  }

  suggest(prefix: string, language: Language, limit: number): Promise<Suggestion[]> {
    return this.guard(async () => {
      if (prefix.trim() === '' || limit <= 0) {
        return [];
      }
      const searches = suggestionSearches(prefix, limit * HITS_PER_SUGGESTION);
      const { results } = await this.client.multiSearch({
        queries: [
          {
            indexUid: this.indexUids.services,
            q: searches.services.q,
            ...searches.services.params,
          },
          {
            indexUid: this.indexUids.organisations,
            q: searches.organisations.q,
            ...searches.organisations.params,
          },
        ],
      });
      const [services, organisations] = results;
      if (!services || !organisations) {
        throw new Error(`Meilisearch answered ${results.length} of the 2 suggestion searches`);
      }
      return suggestionsOf(services, organisations, prefix, language, limit);
    });
  }

  count(index: IndexName): Promise<number> {
    return this.guard(async () => {
      try {
        return (await this.index(index).getStats()).numberOfDocuments;
      } catch (error) {
        if (apiErrorCode(error) === 'index_not_found') {
          return 0;
        }
        throw error;
      }
    });
  }

  ping(): Promise<void> {
    return this.guard(async () => {
      await this.client.health();
    });
  }

  /** Nothing to release: the client holds no connection between requests. */
  async close(): Promise<void> {}

  private index(name: IndexName): Index {
    return this.client.index(this.indexUids[name]);
  }

  private search(name: IndexName, request: SearchRequest): Promise<SearchResponse> {
    return this.index(name).search(request.q, request.params);
  }

  /** Adds or replaces records in batches, enqueued in order, then awaits every task. */
  private async add(name: IndexName, records: readonly object[]): Promise<void> {
    if (records.length === 0) {
      return;
    }
    const tasks: EnqueuedTask[] = [];
    for (const batch of chunks(records, this.batchSize)) {
      const documents = batch as Record<string, unknown>[];
      tasks.push(await this.index(name).addDocuments(documents, { primaryKey: PRIMARY_KEY }));
    }
    await this.settle(tasks, `index documents into ${this.indexUids[name]}`);
  }

  /**
   * Awaits enqueued tasks; throws MeilisearchTaskError on the first that did not succeed, unless it
   * failed with one of the codes that mean nothing was to be done (removing from a missing index).
   */
  private async settle(
    tasks: readonly EnqueuedTask[],
    what: string,
    harmless: readonly string[] = [],
  ): Promise<void> {
    for (const task of await this.client.tasks.waitForTasks(tasks, this.waitOptions)) {
      if (!(task.status === 'failed' && harmless.includes(task.error?.code ?? ''))) {
        succeeded(task, what);
      }
    }
  }

  /** Runs an operation, turning "cannot reach the server" into SearchEngineUnavailableError. */
  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toEngineError(error);
    }
  }
}
