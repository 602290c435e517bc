import type {
  AreaRecord,
  CollaborationRecord,
  Named,
  NeedRecord,
  OrganisationRecord,
  ServiceRecord,
  SiteRecord,
} from './directory-records';
import { openQuarters } from './opening-quarters';
import { ACCESS_CONDITIONS, ACCESS_LABELS } from './search-document';
import type { DocText, OrganisationDocument, ServiceDocument } from './search-document';

const text = (fr: string | null | undefined, nl: string | null | undefined): DocText => ({
  fr: fr ?? null,
  nl: nl ?? null,
});
const namesOf = (record: Named | null | undefined): string[] =>
  record
    ? [...new Set([record.nameFr, record.nameNl].filter((name): name is string => Boolean(name)))]
    : [];
const unique = <T>(values: T[]): T[] => [...new Set(values)];

function address(site: SiteRecord): DocText {
  const line = (street: string | null, commune: string | null) =>
    [
      [street, site.number].filter(Boolean).join(' '),
      [site.postcode, commune].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join(', ') || null;
  return text(
    line(site.streetFr ?? site.streetNl, site.commune.nameFr),
    line(site.streetNl ?? site.streetFr, site.commune.nameNl),
  );
}

/** What professionals call each kind of collaboration, searched with its name. */
const COLLABORATION_KINDS: Readonly<Record<string, string>> = {
  LocalSocialHealthContract: 'CLSS',
  IntegratedCentre: 'CSSI',
  Network: 'réseau netwerk',
};

function collaborationTexts(
  collaborations: ReadonlyArray<{ collaboration: CollaborationRecord }>,
): string[] {
  return unique(
    collaborations.flatMap(({ collaboration }) => {
      const kind = COLLABORATION_KINDS[collaboration.__typename];
      const names = [collaboration.nameFr, collaboration.nameNl].filter((name): name is string =>
        Boolean(name),
      );
      if (!kind) {
        return [];
      }
      const word = (kind.split(' ')[0] as string).toLowerCase();
      const named = names.some((name) => name.toLowerCase().includes(word));
      return [[...(named ? [] : [kind]), ...unique(names)].join(' ')];
    }),
  );
}

/** A need in words: its label and the words people use, per language. */
const needText = ({ need }: NeedRecord): DocText =>
  text([need.labelFr, ...need.wordsFr].join(' ; '), [need.labelNl, ...need.wordsNl].join(' ; '));

/** The documents of one service: one per site where it is delivered, or one without a site. */
export function serviceDocuments(
  service: ServiceRecord,
  areas: ReadonlyMap<string, AreaRecord>,
): ServiceDocument[] {
  const served = service.serviceAreas
    .map((id) => areas.get(id))
    .filter((area): area is AreaRecord => Boolean(area));
  const base = {
    serviceId: service.id,
    organisationId: service.organisation.id,
    name: text(service.nameFr, service.nameNl),
    description: text(service.descriptionFr, service.descriptionNl),
    organisationName: text(service.organisation.nameFr, service.organisation.nameNl),
    types: service.types.map((type) => type.code),
    typeLabels: service.types.map((type) => text(type.labelFr, type.labelNl)),
    publics: service.publics.map((item) => item.code),
    publicLabels: service.publics.map((item) => text(item.labelFr, item.labelNl)),
    needs: service.needs.map(({ need }) => need.code),
    needTexts: service.needs.filter((item) => !item.partial).map(needText),
    partialNeedTexts: service.needs.filter((item) => item.partial).map(needText),
    languages: service.languages,
    access: ACCESS_CONDITIONS.filter((condition) => service[condition]),
    accessLabels: ACCESS_CONDITIONS.filter((condition) => service[condition]).map(
      (condition) => ACCESS_LABELS[condition],
    ),
    authorities: unique(service.organisation.agrements.map((agrement) => agrement.authority)),
    collaborations: collaborationTexts(service.organisation.collaborations ?? []),
    serves: unique([...service.serviceAreas, ...served.flatMap((area) => area.related)]),
    status: service.status,
    archived: Boolean(service.archivedAt || service.organisation.archivedAt),
    synthetic: service.synthetic,
    updatedAt: service.updatedAt,
  };
  const servedNames = served.flatMap(namesOf);
  if (service.deliveries.length === 0) {
    return [
      {
        ...base,
        id: `${service.id}@-`,
        siteId: null,
        siteName: text(null, null),
        address: text(null, null),
        locatedIn: [],
        possibleIn: [],
        bassin: null,
        groupement: null,
        commune: null,
        placeNames: unique(servedNames),
        point: null,
        openQuarters: null,
      },
    ];
  }
  return service.deliveries.map(({ site, openingHours }) => {
    const places = [site.commune, site.bassin, site.groupement, site.quartier];
    return {
      ...base,
      id: `${service.id}@${site.id}`,
      siteId: site.id,
      siteName: text(site.nameFr, site.nameNl),
      address: address(site),
      locatedIn: [...places.map((place) => place?.id), site.sector?.id].filter((id): id is string =>
        Boolean(id),
      ),
      possibleIn: site.possibleTerritoryIds ?? [],
      bassin: site.bassin?.id ?? null,
      groupement: site.groupement?.id ?? null,
      commune: site.commune.id,
      placeNames: unique(
        [...places.flatMap(namesOf), site.postcode ?? '', ...servedNames].filter(Boolean),
      ),
      point:
        site.latitude !== null && site.longitude !== null
          ? { lat: site.latitude, lng: site.longitude }
          : null,
      openQuarters: openingHours ? openQuarters(openingHours.weekly) : null,
    };
  });
}

export function organisationDocument(organisation: OrganisationRecord): OrganisationDocument {
  const communes = organisation.sites.map((site) => site.commune);
  return {
    id: organisation.id,
    name: text(organisation.nameFr, organisation.nameNl),
    alternateNames: [organisation.alternateNameFr, organisation.alternateNameNl].filter(
      (name): name is string => Boolean(name),
    ),
    description: text(organisation.descriptionFr, organisation.descriptionNl),
    types: unique(
      organisation.services.flatMap((service) => service.types.map((type) => type.code)),
    ),
    communes: unique(communes.map((commune) => commune.id)),
    placeNames: unique(communes.flatMap(namesOf)),
    authorities: unique(organisation.agrements.map((agrement) => agrement.authority)),
    archived: Boolean(organisation.archivedAt),
    synthetic: organisation.synthetic,
    updatedAt: organisation.updatedAt,
  };
}
