import type { Labelled } from './pssi-rules';

/**
 * The CSSI (centre social-santé intégré) rules as data. Source: the PSSI texts as summarised in issue 4
 * ("Collaborations subgraph"): minimum frame, the two budgets and their breakdowns, the four
 * integration criteria, the five specialised missions, the inclusive function.
 */

const item = (code: string, fr: string, nl: string): Labelled => ({ code, fr, nl });

/** The staff functions a centre declares its FTE in. */
export const STAFF_FUNCTIONS: readonly Labelled[] = [
  item('SOCIAL_WORKER', 'Travailleur social', 'Maatschappelijk werker'),
  item('ADMINISTRATION', 'Administration', 'Administratie'),
  item('RECEPTION', 'Accueil', 'Onthaal'),
  item('COMMUNITY_ACTION', 'Action communautaire', 'Gemeenschapsgerichte actie'),
  item('COORDINATION', 'Coordination', 'Coördinatie'),
  item('GENERAL_PRACTITIONER', 'Médecin généraliste', 'Huisarts'),
  item('NON_MEDICAL_HEALTH', 'Fonction de santé non médicale', 'Niet-medische gezondheidsfunctie'),
  item(
    'PSYCHOLOGIST',
    'Psychologue (convention fédérale de psychologie de première ligne)',
    'Psycholoog (federale conventie eerstelijnspsychologie)',
  ),
  item('OTHER', 'Autre fonction', 'Andere functie'),
];

/** How a minimum is counted: full-time equivalents, or people (whatever their FTE). */
export enum FrameUnit {
  FTE = 'FTE',
  PERSONS = 'PERSONS',
}

export interface FrameRequirement {
  function: string;
  unit: FrameUnit;
  minimum: number;
}

/** The minimum frame of a CSSI: below any of these, the centre does not meet it. */
export const MINIMUM_FRAME: readonly FrameRequirement[] = [
  { function: 'SOCIAL_WORKER', unit: FrameUnit.FTE, minimum: 3 },
  { function: 'ADMINISTRATION', unit: FrameUnit.FTE, minimum: 1 },
  { function: 'RECEPTION', unit: FrameUnit.FTE, minimum: 1.5 },
  { function: 'COMMUNITY_ACTION', unit: FrameUnit.FTE, minimum: 0.5 },
  { function: 'COORDINATION', unit: FrameUnit.FTE, minimum: 1 },
  // "2 general practitioners" and "a non-medical health function": counted in people, not FTE.
  { function: 'GENERAL_PRACTITIONER', unit: FrameUnit.PERSONS, minimum: 2 },
  { function: 'NON_MEDICAL_HEALTH', unit: FrameUnit.PERSONS, minimum: 1 },
  { function: 'PSYCHOLOGIST', unit: FrameUnit.FTE, minimum: 0.5 },
];

export enum BudgetKind {
  NEW = 'NEW',
  EXISTING = 'EXISTING',
}

export interface BudgetLine extends Labelled {
  /** The FTE the amount pays for, when the line is staff. */
  fte: number | null;
  /** Euros per year. */
  amount: number;
}

export interface BudgetRule {
  /** The total the texts publish; the lines must add up to it (a unit test checks). */
  publishedTotal: number;
  lines: readonly BudgetLine[];
}

const line = (code: string, fr: string, nl: string, fte: number | null, amount: number) => ({
  ...item(code, fr, nl),
  fte,
  amount,
});

/** Yearly funding: a new structure, or the extra funding of an existing service becoming a CSSI. */
export const BUDGETS: Readonly<Record<BudgetKind, BudgetRule>> = {
  [BudgetKind.NEW]: {
    publishedTotal: 500_000,
    lines: [
      line('SOCIAL_WORKER', 'Travailleurs sociaux', 'Maatschappelijk werkers', 3, 180_000),
      line('ADMINISTRATION', 'Administration', 'Administratie', 1, 60_000),
      line('RECEPTION', 'Accueil', 'Onthaal', 1.5, 90_000),
      line('COMMUNITY_ACTION', 'Action communautaire', 'Gemeenschapsgerichte actie', null, 40_000),
      line('COORDINATION', 'Coordination', 'Coördinatie', 1, 80_000),
      line('RUNNING_COSTS', 'Frais de fonctionnement', 'Werkingskosten', null, 30_000),
      line('PSYCHOLOGIST', 'Fonction psychologue', 'Functie psycholoog', null, 20_000),
    ],
  },
  [BudgetKind.EXISTING]: {
    publishedTotal: 160_000,
    lines: [
      line('ADMINISTRATION', 'Administration', 'Administratie', 0.5, 30_000),
      line('RECEPTION', 'Accueil', 'Onthaal', 0.5, 30_000),
      line('COORDINATION', 'Coordination', 'Coördinatie', 1, 80_000),
      line('PSYCHOLOGIST', 'Fonction psychologue', 'Functie psycholoog', null, 20_000),
    ],
  },
};

/** The four integration criteria, each with a status and evidence per centre. */
export const INTEGRATION_CRITERIA: readonly Labelled[] = [
  item(
    'BENEFICIARY_CONCERTATION',
    'Concertation autour des bénéficiaires',
    'Overleg rond de begunstigden',
  ),
  item(
    'SHARED_PROFESSIONAL_SECRECY',
    'Secret professionnel partagé consenti',
    'Gedeeld beroepsgeheim met toestemming',
  ),
  item('COMMUNITY_ACTION', 'Action communautaire', 'Gemeenschapsgerichte actie'),
  item(
    'COMMON_PROJECT',
    'Un projet commun à tous les professionnels',
    'Een gemeenschappelijk project voor alle professionals',
  ),
];

export interface SpecialisedMission extends Labelled {
  /** The actors subgraph's service type a convention for this mission must point at. */
  serviceType: string;
}

/** Conventions a CSSI may sign with specialised services; each needs a frame extension. */
export const SPECIALISED_MISSIONS: readonly SpecialisedMission[] = [
  {
    ...item('DEBT_MEDIATION', 'Médiation de dettes', 'Schuldbemiddeling'),
    serviceType: 'debt-mediation',
  },
  {
    ...item('FAMILY_PLANNING', 'Planning familial', 'Gezinsplanning'),
    serviceType: 'family-planning',
  },
  {
    ...item('HOME_CARE_COORDINATION', 'Coordination de soins à domicile', 'Coördinatie thuiszorg'),
    serviceType: 'home-care-coordination',
  },
  { ...item('ADDICTION', 'Assuétudes', 'Verslaving'), serviceType: 'addiction' },
  {
    ...item('MENTAL_HEALTH', 'Santé mentale', 'Geestelijke gezondheid'),
    serviceType: 'mental-health',
  },
];

/**
 * The twelve missions of a CSSI. The summary of the texts we work from names "the 12 missions" without
 * listing them: these are a provisional reading of the PSSI's CSSI chapter (reception, social work,
 * GP care, psychological support, community action and the functions around them), to check against
 * the official text and correct here — one place.
 */
export const CSSI_MISSIONS_SOURCE =
  'Provisional: the PSSI names twelve CSSI missions; this list is a reading of its CSSI chapter, to be checked against the official text.';

export const CSSI_MISSIONS: readonly Labelled[] = [
  item('RECEPTION', 'Accueil, information et orientation', 'Onthaal, informatie en doorverwijzing'),
  item('SOCIAL_WORK', 'Accompagnement social généraliste', 'Algemeen maatschappelijk werk'),
  item('ACCESS_TO_RIGHTS', 'Accès aux droits', 'Toegang tot rechten'),
  item('GENERAL_PRACTICE', 'Soins de médecine générale', 'Huisartsenzorg'),
  item('NON_MEDICAL_CARE', 'Soins de santé non médicaux', 'Niet-medische gezondheidszorg'),
  item(
    'PSYCHOLOGICAL_SUPPORT',
    'Soutien psychologique de première ligne',
    'Eerstelijnspsychologische ondersteuning',
  ),
  item('COMMUNITY_ACTION', 'Action communautaire', 'Gemeenschapsgerichte actie'),
  item('PREVENTION', 'Prévention et promotion de la santé', 'Preventie en gezondheidsbevordering'),
  item(
    'CASE_COORDINATION',
    'Concertation et coordination autour des situations',
    'Overleg en coördinatie rond situaties',
  ),
  item('NETWORK_WORK', 'Travail en réseau avec le quartier', 'Netwerkwerking met de wijk'),
  item('OUTREACH', 'Aller vers les publics éloignés', 'Outreach naar moeilijk bereikbare groepen'),
  item(
    'PARTICIPATION',
    'Participation des usagers et des habitants',
    'Participatie van gebruikers en bewoners',
  ),
];
