import type { FoundOrganisation } from '../clients/actors.client';
import { Convention, ConventionKind } from '../modules/convention/convention.entity';
import {
  AdministrativeModel,
  CentreOrigin,
  CentreStatus,
  Coverage,
  CriterionStatus,
} from '../modules/cssi/cssi.enums';
import { IntegratedCentre } from '../modules/cssi/cssi.entity';
import type { MemberValues } from '../modules/member/member.entity';
import { Network } from '../modules/network/network.entity';
import type { CollaborationRecord } from '../modules/record/collaboration-record.entity';
import { BodyKind } from '../rules/pssi-rules';
import { provisionalGroupementId } from './clss.seed';

export const SYNTHETIC_MARK_FR = '[Synthetic]';
export const SYNTHETIC_MARK_NL = '[Synthetisch]';
export const SYNTHETIC_SOURCE = 'synthetic (generated example over synthetic actors, not real)';

/** A record to seed with the members of its one body. */
export interface SeedRecord {
  record: CollaborationRecord;
  body: BodyKind | null;
  members: MemberValues[];
}

/** The synthetic organisations the examples are made of, one per service type. */
export interface ExampleActors {
  medicalHouse: FoundOrganisation;
  casg: FoundOrganisation;
  debtMediation: FoundOrganisation;
  mentalHealth: FoundOrganisation;
}

const synthetic = { synthetic: true, source: SYNTHETIC_SOURCE };

/**
 * One example CSSI, convention and network over synthetic actors of bassin Centre-Ouest, each named
 * and flagged synthetic: they show the model, they describe nothing real.
 */
export function syntheticExamples(actors: ExampleActors, territoryIds: string[]): SeedRecord[] {
  const conventionId = 'convention:synthetic-debt-mediation-cureghem';
  const convention = Object.assign(new Convention(), synthetic, {
    id: conventionId,
    kind: ConventionKind.SPECIALISED_MISSION,
    objectFr: `${SYNTHETIC_MARK_FR} Médiation de dettes au sein du CSSI Cureghem (exemple)`,
    objectNl: `${SYNTHETIC_MARK_NL} Schuldbemiddeling in het GSGC Kuregem (voorbeeld)`,
    startDate: '2025-01-01',
    endDate: null,
  });
  const centre = Object.assign(new IntegratedCentre(), synthetic, {
    id: 'cssi:synthetic-cureghem',
    nameFr: `${SYNTHETIC_MARK_FR} CSSI Cureghem (exemple)`,
    nameNl: `${SYNTHETIC_MARK_NL} GSGC Kuregem (voorbeeld)`,
    status: CentreStatus.SETTING_UP,
    origin: CentreOrigin.NEW,
    administrativeModel: AdministrativeModel.UMBRELLA_ASBL,
    territoryId: provisionalGroupementId('Cureghem'),
    territoryIds,
    staffing: [
      { function: 'SOCIAL_WORKER', fte: 2 },
      { function: 'ADMINISTRATION', fte: 1 },
      { function: 'RECEPTION', fte: 1 },
      { function: 'COORDINATION', fte: 0.5 },
      { function: 'GENERAL_PRACTITIONER', fte: 1.6, persons: 2 },
      { function: 'PSYCHOLOGIST', fte: 0.5 },
    ],
    missionCoverage: [
      { mission: 'RECEPTION', coverage: Coverage.COVERED, how: 'Accueil commun' },
      { mission: 'SOCIAL_LINK_AND_RIGHTS', coverage: Coverage.COVERED, how: null },
      { mission: 'PRIMARY_CARE', coverage: Coverage.COVERED, how: null },
      { mission: 'COMMUNITY_ACTION', coverage: Coverage.PARTIAL, how: null },
    ],
    integrationCriteria: [
      {
        criterion: 'BENEFICIARY_CONCERTATION',
        status: CriterionStatus.MET,
        evidence: 'Weekly team meeting (example)',
      },
      {
        criterion: 'SHARED_PROFESSIONAL_SECRECY',
        status: CriterionStatus.IN_PROGRESS,
        evidence: null,
      },
      { criterion: 'COMMUNITY_ACTION', status: CriterionStatus.NOT_MET, evidence: null },
      { criterion: 'COMMON_PROJECT', status: CriterionStatus.IN_PROGRESS, evidence: null },
    ],
    specialisedMissions: [
      {
        mission: 'DEBT_MEDIATION',
        serviceId: actors.debtMediation.serviceId,
        conventionId,
        frameExtensionFte: 0.5,
      },
      {
        mission: 'MENTAL_HEALTH',
        serviceId: actors.mentalHealth.serviceId,
        conventionId: null,
        frameExtensionFte: null,
      },
    ],
    inclusiveFunction: { outreach: true, amuOrFedasilShare: 0.15, emergencyReactivity: true },
  });
  const network = Object.assign(new Network(), synthetic, {
    id: 'network:synthetic-centre-ouest',
    nameFr: `${SYNTHETIC_MARK_FR} Réseau social-santé Centre-Ouest (exemple)`,
    nameNl: `${SYNTHETIC_MARK_NL} Welzijns- en gezondheidsnetwerk Centrum-West (voorbeeld)`,
    territoryId: 'bassin:centre-ouest',
    territoryIds: ['bassin:centre-ouest', 'region:bru'],
  });
  const seat = (role: string, organisation: FoundOrganisation, withService = false) => ({
    role,
    organisationId: organisation.id,
    serviceId: withService ? organisation.serviceId : null,
    personName: null,
    personContact: null,
    note: null,
  });
  return [
    {
      record: convention,
      body: BodyKind.CONVENTION,
      members: [seat('PARTY', actors.medicalHouse), seat('PARTY', actors.debtMediation, true)],
    },
    {
      record: centre,
      body: BodyKind.CENTRE,
      members: [
        seat('LEAD_ORGANISATION', actors.medicalHouse, true),
        seat('MEMBER_ORGANISATION', actors.casg, true),
      ],
    },
    {
      record: network,
      body: BodyKind.NETWORK,
      members: [
        seat('COORDINATOR', actors.casg),
        seat('MEMBER', actors.medicalHouse),
        seat('MEMBER', actors.debtMediation),
        seat('MEMBER', actors.mentalHealth),
      ],
    },
  ];
}
