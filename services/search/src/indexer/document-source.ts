import { organisationDocument, serviceDocuments } from '../document/document-builder';
import type { AreaRecord, OrganisationRecord, ServiceRecord } from '../document/directory-records';
import {
  areaSelection,
  ORGANISATIONS_BY_IDS,
  PARTICIPANTS,
  SERVICES_BY_IDS,
  SERVICES_OF,
} from '../document/document-queries';
import type { OrganisationDocument, ServiceDocument } from '../document/search-document';
import type { GatewayClient } from './gateway-client';

/**
 * Records per federated query: its cost stays within half the gateway's cost limit
 * (gateway/src/operation-costs.test.ts); 200 went over once sites carried their possible territories.
 */
export const CHUNK = 150;
const AREA_CACHE_MS = 5 * 60_000;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

interface RelatedAnswer {
  id: string;
  nameFr: string | null;
  nameNl: string | null;
  within: Array<{ territory: { id: string } }>;
  quartiers: Array<{ territory: { id: string } }>;
  groupements: Array<{ territory: { id: string } }>;
  communes: Array<{ territory: { id: string } }>;
}

/** Every organisation id named in a value: `organisationId` / `hostOrganisationId` keys, at any depth. */
export function organisationIdsIn(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(organisationIdsIn);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      /organisationId$/i.test(key) && typeof inner === 'string'
        ? [inner]
        : organisationIdsIn(inner),
    );
  }
  return [];
}

/** The taxonomy terms a need's links named in a value (its `links` before or after a change). */
export function linkedTermsIn(value: unknown): Array<[taxonomy: string, code: string]> {
  if (Array.isArray(value)) {
    return value.flatMap(linkedTermsIn);
  }
  if (value && typeof value === 'object') {
    const { taxonomy, code } = value as { taxonomy?: unknown; code?: unknown };
    return typeof taxonomy === 'string' && typeof code === 'string' ? [[taxonomy, code]] : [];
  }
  return [];
}

/** Builds search documents from the directory, read through the gateway in batches. */
export class DocumentSource {
  private areas = new Map<string, { at: number; area: AreaRecord | null }>();

  constructor(private readonly gateway: GatewayClient) {}

  /** Territory layers changed: forget the cached served areas. */
  forgetAreas(): void {
    this.areas.clear();
  }

  /**
   * The documents of these services (archived ones flagged), and the ids that no longer exist.
   * `each`: called with every batch's documents as soon as it is read (a rebuild writes them while
   * the next batch is read).
   */
  async services(
    ids: readonly string[],
    each?: (documents: ServiceDocument[]) => void,
  ): Promise<{ documents: ServiceDocument[]; missing: string[] }> {
    const documents: ServiceDocument[] = [];
    const missing: string[] = [];
    for (const chunk of chunks(ids)) {
      const { servicesByIds } = await this.gateway.query<{
        servicesByIds: Array<ServiceRecord | null>;
      }>(SERVICES_BY_IDS, { ids: chunk });
      const areas = await this.areaRecords(
        servicesByIds.flatMap((service) => service?.serviceAreas ?? []),
      );
      const read: ServiceDocument[] = [];
      servicesByIds.forEach((service, index) => {
        if (service) {
          read.push(...serviceDocuments(service, areas));
        } else {
          missing.push(chunk[index] as string);
        }
      });
      documents.push(...read);
      each?.(read);
    }
    return { documents, missing };
  }

  async organisations(
    ids: readonly string[],
  ): Promise<{ documents: OrganisationDocument[]; missing: string[] }> {
    const documents: OrganisationDocument[] = [];
    const missing: string[] = [];
    for (const chunk of chunks(ids)) {
      const { organisationsByIds } = await this.gateway.query<{
        organisationsByIds: Array<OrganisationRecord | null>;
      }>(ORGANISATIONS_BY_IDS, { ids: chunk });
      organisationsByIds.forEach((organisation, index) => {
        if (organisation) {
          documents.push(organisationDocument(organisation));
        } else {
          missing.push(chunk[index] as string);
        }
      });
    }
    return { documents, missing };
  }

  /** The services delivered at these sites or offered by these organisations. */
  async servicesOf(sites: readonly string[], organisations: readonly string[]): Promise<string[]> {
    const ids = new Set<string>();
    const count = Math.max(sites.length, organisations.length);
    for (let start = 0; start < count; start += CHUNK) {
      const data = await this.gateway.query<{
        sites: Array<{ services: Array<{ id: string }> } | null>;
        organisations: Array<{ services: Array<{ id: string }> } | null>;
      }>(SERVICES_OF, {
        sites: sites.slice(start, start + CHUNK),
        organisations: organisations.slice(start, start + CHUNK),
      });
      for (const owner of [...data.sites, ...data.organisations]) {
        owner?.services.forEach((service) => ids.add(service.id));
      }
    }
    return [...ids];
  }

  /** The organisations taking part in these collaborations now (host, members, parties). */
  async collaborationOrganisations(ids: readonly string[]): Promise<string[]> {
    const selections = ids.flatMap((id, index) => {
      const kind = PARTICIPANTS.find(([prefix]) => id.startsWith(prefix));
      return kind ? [kind[1](`c${index}`, id)] : [];
    });
    const found = new Set<string>();
    for (const chunk of chunks(selections, 25)) {
      const data = await this.gateway.query<Record<string, unknown>>(
        `query { ${chunk.join('\n')} }`,
      );
      organisationIdsIn(data).forEach((id) => found.add(id));
    }
    return [...found];
  }

  /** Services with this taxonomy code (a label changed). */
  servicesWithTerm(taxonomy: string, code: string): Promise<string[]> {
    const field = taxonomy === 'TARGET_PUBLIC' ? 'publics' : 'types';
    return this.gateway.allIds(
      'services',
      `filter: { ${field}: [${JSON.stringify(code)}], includeArchived: true, statuses: [ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED] }`,
    );
  }

  /** Services meeting this need now (its words or links changed). */
  servicesWithNeed(code: string): Promise<string[]> {
    return this.gateway.allIds(
      'services',
      `filter: { needs: [${JSON.stringify(code)}], includeArchived: true, statuses: [ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED] }`,
    );
  }

  allServiceIds(): Promise<string[]> {
    return this.gateway.allIds(
      'services',
      'filter: { includeArchived: true, statuses: [ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED] }',
    );
  }

  allOrganisationIds(): Promise<string[]> {
    return this.gateway.allIds('organisations', '');
  }

  /** Served territories by id, with their names and related territories (cached a few minutes). */
  private async areaRecords(ids: readonly string[]): Promise<Map<string, AreaRecord>> {
    const now = Date.now();
    const wanted = [...new Set(ids)].filter((id) => {
      const cached = this.areas.get(id);
      return !cached || now - cached.at > AREA_CACHE_MS;
    });
    // Four aliases per area: within the gateway's alias limit (30).
    for (const chunk of chunks(wanted, 7)) {
      const data = await this.gateway.query<Record<string, RelatedAnswer | null>>(
        `query { ${chunk.map((id, index) => areaSelection(`a${index}`, id)).join('\n')} }`,
      );
      chunk.forEach((id, index) => {
        const answer = data[`a${index}`];
        const related = answer
          ? [...answer.within, ...answer.quartiers, ...answer.groupements, ...answer.communes].map(
              (membership) => membership.territory.id,
            )
          : [];
        this.areas.set(id, {
          at: now,
          area: answer ? { id, nameFr: answer.nameFr, nameNl: answer.nameNl, related } : null,
        });
      });
    }
    const result = new Map<string, AreaRecord>();
    for (const id of ids) {
      const area = this.areas.get(id)?.area;
      if (area) {
        result.set(id, area);
      }
    }
    return result;
  }
}
