import { cite, CSSI_NOTE, NOTE_SECTIONS, own } from './sources';
import type { Labelled } from './sources';

/**
 * A CSSI's staff, minimum frame and budgets as the CSSI note states them (§ 2.2 and § 2.3), each
 * entry citing its line; where the note leaves something open, `reading` says how we read it.
 */

const FRAME = cite(CSSI_NOTE, NOTE_SECTIONS.frame);
const BUDGET = cite(CSSI_NOTE, NOTE_SECTIONS.budget);

/** The staff functions a centre declares its FTE in (the frame's, and OTHER). */
export const STAFF_FUNCTIONS: readonly Labelled[] = [
  {
    ...own('SOCIAL_WORKER', 'Assistant social (AS)', 'Maatschappelijk assistent (AS)'),
    source: FRAME,
  },
  { ...own('ADMINISTRATION', 'Administration', 'Administratie'), source: FRAME },
  { ...own('RECEPTION', 'Accueil', 'Onthaal'), source: FRAME },
  {
    ...own('COMMUNITY_ACTION', 'Action communautaire', 'Gemeenschapsgerichte actie'),
    source: FRAME,
  },
  { ...own('COORDINATION', 'Coordination', 'Coördinatie'), source: FRAME },
  { ...own('GENERAL_PRACTITIONER', 'Médecin généraliste', 'Huisarts'), source: FRAME },
  {
    ...own(
      'NON_MEDICAL_HEALTH',
      'Fonction de santé non médicale',
      'Niet-medische gezondheidsfunctie',
    ),
    source: FRAME,
  },
  {
    ...own(
      'PSYCHOLOGIST',
      'Psychologue (via le dispositif fédéral PPL – psy de première ligne)',
      'Psycholoog (via de federale regeling eerstelijnspsychologie)',
    ),
    source: FRAME,
  },
  own('OTHER', 'Autre fonction', 'Andere functie'),
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
  /** The note's line, exactly. */
  textFr: string;
  source: string;
  /** How we read the line where it leaves the unit or the count open. */
  reading: string | null;
}

export const MINIMUM_FRAME_SOURCE = `${FRAME}: "Un CSSI devra avoir le cadre minimum suivant (dont agrée)". Reading: every line is a minimum; "(dont agrée)" is cut in the note and not interpreted.`;

const frame = (
  number: number,
  fn: string,
  unit: FrameUnit,
  minimum: number,
  textFr: string,
  reading: string | null = null,
): FrameRequirement => ({
  function: fn,
  unit,
  minimum,
  textFr,
  source: cite(CSSI_NOTE, NOTE_SECTIONS.frame, number),
  reading,
});

/** The minimum frame of a CSSI: below any of these, the centre does not meet it. */
export const MINIMUM_FRAME: readonly FrameRequirement[] = [
  frame(1, 'SOCIAL_WORKER', FrameUnit.FTE, 3, '3 ETP AS', 'AS: assistant(e) social(e).'),
  frame(2, 'ADMINISTRATION', FrameUnit.FTE, 1, '1 ETP admin'),
  frame(3, 'RECEPTION', FrameUnit.FTE, 1.5, '1.5 ETP Accueil'),
  frame(
    4,
    'COMMUNITY_ACTION',
    FrameUnit.FTE,
    0.5,
    '0.5 action communautaire',
    'The line gives no unit; read as FTE, like the lines around it.',
  ),
  frame(5, 'COORDINATION', FrameUnit.FTE, 1, '1 ETP coordination'),
  frame(
    6,
    'GENERAL_PRACTITIONER',
    FrameUnit.PERSONS,
    2,
    '2 médecins généralistes',
    'Two doctors, whatever their FTE (the line counts people, not ETP).',
  ),
  frame(
    7,
    'NON_MEDICAL_HEALTH',
    FrameUnit.PERSONS,
    1,
    'Une fonction de santé non médicale',
    'One person in a non-medical health function, whatever their FTE.',
  ),
  frame(
    8,
    'PSYCHOLOGIST',
    FrameUnit.FTE,
    0.5,
    '½ ETP Psychologue (via le dispositif fédéral PPL – psy de première ligne)',
  ),
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
  /** The total the note publishes; the lines add up to it (a unit test checks). */
  publishedTotal: number;
  /** The note's total line, exactly. */
  totalTextFr: string;
  source: string;
  /** What the note says about the budget beyond its lines. */
  note: string | null;
  lines: readonly BudgetLine[];
}

const line = (
  kind: BudgetKind,
  number: number,
  code: string,
  [fr, nl]: [string, string],
  fte: number | null,
  amount: number,
  textFr: string,
): BudgetLine => ({
  code,
  fr,
  nl,
  fte,
  amount,
  textFr,
  source: `${BUDGET}, ${kind === BudgetKind.NEW ? 'new structure' : 'existing services'}, item ${number}`,
});

const SOCIAL_WORKERS: [string, string] = [
  'Assistants sociaux (AS)',
  'Maatschappelijk assistenten (AS)',
];
const ADMINISTRATION: [string, string] = ['Administration', 'Administratie'];
const RECEPTION: [string, string] = ['Accueil', 'Onthaal'];
const COORDINATION: [string, string] = ['Coordination', 'Coördinatie'];
const PSY_COSTS: [string, string] = [
  'Frais de fonction psy',
  'Kosten van de psychologische functie',
];

/** Yearly funding: a new structure, or the extra funding of an existing service becoming a CSSI. */
export const BUDGETS: Readonly<Record<BudgetKind, BudgetRule>> = {
  [BudgetKind.NEW]: {
    publishedTotal: 500_000,
    totalTextFr: 'Total : 500 000 euros',
    source: `${BUDGET}: "Le budget alloué à la création d'une nouvelle structure CSSI est le suivant"`,
    note: null,
    lines: [
      line(BudgetKind.NEW, 1, 'SOCIAL_WORKER', SOCIAL_WORKERS, 3, 180_000, '3 ETP AS: 180 000€'),
      line(BudgetKind.NEW, 2, 'ADMINISTRATION', ADMINISTRATION, 1, 60_000, '1 ETP Admin: 60 000€'),
      line(BudgetKind.NEW, 3, 'RECEPTION', RECEPTION, 1.5, 90_000, '1,5 ETP Accueil: 90 000€'),
      line(
        BudgetKind.NEW,
        4,
        'COMMUNITY_ACTION',
        ['Action communautaire', 'Gemeenschapsgerichte actie'],
        null,
        40_000,
        'Action Communautaire : 40 000 €',
      ),
      line(
        BudgetKind.NEW,
        5,
        'COORDINATION',
        COORDINATION,
        1,
        80_000,
        '1 ETP Coordination : 80 000€',
      ),
      line(
        BudgetKind.NEW,
        6,
        'RUNNING_COSTS',
        ['Frais de fonctionnement service', 'Werkingskosten van de dienst'],
        null,
        30_000,
        'Frais de fonctionnement service : 30 000€',
      ),
      line(
        BudgetKind.NEW,
        7,
        'PSYCHOLOGIST',
        PSY_COSTS,
        null,
        20_000,
        'Frais de fonction psy : 20 000€',
      ),
    ],
  },
  [BudgetKind.EXISTING]: {
    publishedTotal: 160_000,
    totalTextFr: 'Total : 160 000 euros',
    source: `${BUDGET}: "Le financement supplémentaire pour les services existants (en fonction de la réalité de ceux-ci) est le suivant"`,
    note: 'Extra funding for an existing service, "en fonction de la réalité de ceux-ci": the note gives this amount, the actual grant depends on the service.',
    lines: [
      line(
        BudgetKind.EXISTING,
        1,
        'ADMINISTRATION',
        ADMINISTRATION,
        0.5,
        30_000,
        '0.5 ETP admin : 30 000€',
      ),
      line(
        BudgetKind.EXISTING,
        2,
        'RECEPTION',
        RECEPTION,
        0.5,
        30_000,
        '0.5 ETP accueil : 30 000€',
      ),
      line(
        BudgetKind.EXISTING,
        3,
        'COORDINATION',
        COORDINATION,
        1,
        80_000,
        '1 ETP coordination : 80 000€',
      ),
      line(
        BudgetKind.EXISTING,
        4,
        'PSYCHOLOGIST',
        PSY_COSTS,
        null,
        20_000,
        'Frais de fonction psy : 20 000€',
      ),
    ],
  },
};
