import type { Logger } from '@bxl/common';

import type { SearchEngine } from '../engine/search-engine';
import type { ChangeFeed, ChangeRow, FeedCursor } from './change-feed';
import { linkedTermsIn, organisationIdsIn } from './document-source';
import type { DocumentSource } from './document-source';

export interface IndexerOptions {
  /** Changes read per batch. */
  batchSize: number;
  /** Poll the change log this often even without notification (ms). */
  pollMs: number;
}

/** What a batch of changes affects. */
interface Affected {
  services: Set<string>;
  organisations: Set<string>;
  sites: Set<string>;
  terms: Array<[string, string]>;
  /** Needs whose words or links changed: the services meeting them now. */
  needs: Set<string>;
  /** A territory layer changed: place names and served areas of any service may have. */
  layers: boolean;
  /** Collaborations changed: their organisations' services carry their names. */
  collaborations: Set<string>;
}

/** How soon to look again when changes wait behind a running transaction. */
const RETRY_MS = 200;

/** The change-log entities of the collaborations subgraph. */
const COLLABORATION_ENTITIES = new Set([
  'LocalSocialHealthContract',
  'IntegratedCentre',
  'Convention',
  'Network',
  'RegionalCommittee',
  'QuartierReferent',
]);

/**
 * Keeps the search engine equal to the directory: reads the change log from its persisted cursor,
 * rebuilds the documents the changes affect through the gateway, upserts them (idempotently), then
 * moves the cursor. A crash between the two replays the batch: nothing is lost, nothing doubled.
 */
export class Indexer {
  private running: Promise<void> | null = null;
  /** Catch-ups and full rebuilds run one after the other, never together. */
  private queue: Promise<unknown> = Promise.resolve();
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  /** Set by stop(): the batch in progress ends, no other starts. */
  private stopped = false;
  /** Moved by stop(): a catch-up started before stops after its current batch. */
  private generation = 0;
  /** Until checked once: an empty index (a first start; seeds are not in the change log) is rebuilt whole. */
  private checkEmpty = true;

  constructor(
    private readonly engine: SearchEngine,
    private readonly feed: ChangeFeed,
    private readonly source: DocumentSource,
    private readonly logger: Logger,
    private readonly options: IndexerOptions,
  ) {}

  /** Polls (and reacts to `wake`) until stopped. */
  start(): void {
    this.stopped = false;
    const tick = () => {
      this.wake();
      this.timer = setTimeout(tick, this.options.pollMs);
      this.timer.unref();
    };
    tick();
  }

  private retrySoon(): void {
    setTimeout(() => this.wake(), RETRY_MS).unref();
  }

  /** Stops polling and waits for the batch in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
    }
    await this.running?.catch(() => undefined);
  }

  /** A change was committed: catch up now (once at a time; again if woken meanwhile; never when stopped). */
  wake(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.exclusive(() => this.catchUp())
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'indexing failed; retrying at the next poll'),
      )
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * Indexes every settled change after the cursor (at most `maxBatches` batches: what a crash after
   * them leaves); returns how many changes it read.
   */
  async catchUp(maxBatches = Number.POSITIVE_INFINITY): Promise<number> {
    if (this.checkEmpty) {
      if ((await this.engine.count('services')) === 0) {
        await this.reindex();
      }
      this.checkEmpty = false;
    }
    const generation = this.generation;
    let cursor: FeedCursor = await this.feed.cursor();
    let read = 0;
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const rows = await this.feed.next(cursor, this.options.batchSize);
      if (rows.length === 0) {
        if (await this.feed.waiting(cursor)) {
          // Notified, but an older transaction still runs: look again shortly, not at the next poll.
          this.retrySoon();
        }
        return read;
      }
      await this.apply(rows);
      cursor = rows[rows.length - 1] as ChangeRow;
      await this.feed.save(cursor);
      read += rows.length;
      if (this.generation !== generation) {
        return read;
      }
    }
    return read;
  }

  private async apply(rows: readonly ChangeRow[]): Promise<void> {
    const affected: Affected = {
      services: new Set(),
      organisations: new Set(),
      sites: new Set(),
      terms: [],
      needs: new Set(),
      layers: false,
      collaborations: new Set(),
    };
    for (const row of rows) {
      if (row.entity === 'Service') {
        affected.services.add(row.entityId);
      } else if (row.entity === 'Organisation') {
        affected.organisations.add(row.entityId);
      } else if (row.entity === 'Site') {
        affected.sites.add(row.entityId);
      } else if (COLLABORATION_ENTITIES.has(row.entity)) {
        // Members before and after (a member removed is reindexed too), and the current ones below.
        affected.collaborations.add(row.entityId);
        organisationIdsIn([row.before, row.after]).forEach((id) => affected.organisations.add(id));
      } else if (row.entity === 'GroupementDataset') {
        affected.layers = true;
      } else if (row.entity === 'TaxonomyTerm') {
        const [taxonomy, ...code] = row.entityId.split(':');
        affected.terms.push([taxonomy as string, code.join(':')]);
      } else if (row.entity === 'Need') {
        // The services meeting it now (below), and those of a type or public it was linked to before.
        affected.needs.add(row.entityId);
        affected.terms.push(...linkedTermsIn([row.before, row.after]));
      }
    }
    if (affected.collaborations.size > 0) {
      const participants = await this.source.collaborationOrganisations([
        ...affected.collaborations,
      ]);
      participants.forEach((id) => affected.organisations.add(id));
    }
    const services = new Set(affected.services);
    if (affected.layers) {
      this.source.forgetAreas();
      (await this.source.allServiceIds()).forEach((id) => services.add(id));
    }
    const owners = await this.source.servicesOf([...affected.sites], [...affected.organisations]);
    owners.forEach((id) => services.add(id));
    for (const [taxonomy, code] of affected.terms) {
      (await this.source.servicesWithTerm(taxonomy, code)).forEach((id) => services.add(id));
    }
    for (const code of affected.needs) {
      (await this.source.servicesWithNeed(code)).forEach((id) => services.add(id));
    }
    const organisations = await this.indexServices([...services]);
    affected.organisations.forEach((id) => organisations.add(id));
    await this.indexOrganisations([...organisations]);
    this.logger.debug({ changes: rows.length, services: services.size }, 'indexed');
  }

  /** Rebuilds these services' documents; returns their organisations (whose documents list their types). */
  private async indexServices(ids: readonly string[]): Promise<Set<string>> {
    const { documents, missing } = await this.source.services(ids);
    await this.engine.removeServices(ids);
    await this.engine.upsertServices(documents);
    this.logger.debug({ removed: missing.length }, 'services reindexed');
    return new Set(documents.map((document) => document.organisationId));
  }

  private async indexOrganisations(ids: readonly string[]): Promise<void> {
    const { documents, missing } = await this.source.organisations(ids);
    await this.engine.upsertOrganisations(documents);
    await this.engine.remove('organisations', missing);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** A full rebuild, after any catch-up in progress (what `reindexSearch` runs). */
  rebuild(): Promise<{ services: number; organisations: number }> {
    return this.exclusive(() => this.reindex());
  }

  /**
   * Rebuilds everything from the directory: the cursor first goes to the log's current end, so what
   * is written during the rebuild is replayed after it (idempotently).
   */
  async reindex(): Promise<{ services: number; organisations: number }> {
    const head = await this.feed.head();
    const serviceIds = await this.source.allServiceIds();
    const organisationIds = await this.source.allOrganisationIds();
    await this.engine.clear();
    await this.engine.prepare();
    // Each batch is written while the next is read through the gateway (both cores work).
    let writing = Promise.resolve();
    const read = this.source.services(serviceIds, (documents) => {
      writing = writing.then(() => this.engine.upsertServices(documents));
    });
    const { documents: services } = await read.catch(async (error: unknown) => {
      await writing.catch(() => undefined);
      throw error;
    });
    await writing;
    const { documents: organisations } = await this.source.organisations(organisationIds);
    await this.engine.upsertOrganisations(organisations);
    await this.feed.save(head);
    this.logger.info(
      { services: services.length, organisations: organisations.length },
      'reindexed',
    );
    return { services: services.length, organisations: organisations.length };
  }
}
