import { cite, cited, CSSI_NOTE, listOf, NOTE_SECTIONS } from './sources';
import type { Labelled } from './sources';

/**
 * What makes a CSSI more than a collaboration, as the CSSI note states it: its administrative
 * options (§ 2.4), integration criteria (§ 2.5), specialised missions (§ 2.6) and inclusive function
 * (§ 2.7). `textFr` is the note's words; Dutch labels are ours.
 */

const at = (section: string, item?: number) => cite(CSSI_NOTE, section, item);
const option = listOf(CSSI_NOTE, NOTE_SECTIONS.options);
const criterion = listOf(CSSI_NOTE, NOTE_SECTIONS.criteria);
const element = listOf(CSSI_NOTE, NOTE_SECTIONS.inclusive);

/** The three ways a CSSI may be structured (codes = the `AdministrativeModel` enum's values). */
export const ADMINISTRATIVE_OPTIONS: readonly Labelled[] = [
  option(1, 'SINGLE_ASBL', 'Une ASBL – 1 agrément CSSI', 'Eén vzw – 1 erkenning GSGC'),
  option(
    2,
    'UMBRELLA_ASBL',
    'Une ASBL chapeau + plusieurs ASBL avec leurs agréments distincts - 1 agrément CSSI et agréments distincts',
    'Een koepel-vzw + meerdere vzw’s met elk hun eigen erkenningen – 1 erkenning GSGC en afzonderlijke erkenningen',
  ),
  option(
    3,
    'MULTI_AGREED_ASBL',
    'Une ASBL multi-agréée – 1 agrément CSSI et agréments distincts',
    'Eén vzw met meerdere erkenningen – 1 erkenning GSGC en afzonderlijke erkenningen',
    'Une ASBL multi-agrèée – 1 agrément CSSI et agréments distincts',
  ),
];

export const INTEGRATION_CRITERIA_SOURCE = `${at(NOTE_SECTIONS.criteria)}: "Les critères d'intégration font partie des conditions d'agrément. Ils répondent à la question suivante : Qu'est-ce qui fait un CSSI et non une simple collaboration entre structures ?"`;

/** The four integration criteria, each with a status and evidence per centre. */
export const INTEGRATION_CRITERIA: readonly Labelled[] = [
  criterion(
    1,
    'BENEFICIARY_CONCERTATION',
    'Concertation autour des bénéficiaires',
    'Overleg rond de begunstigden',
  ),
  criterion(
    2,
    'SHARED_PROFESSIONAL_SECRECY',
    'Secret professionnel partagé consenti',
    'Gedeeld beroepsgeheim met toestemming',
  ),
  criterion(3, 'COMMUNITY_ACTION', 'Action communautaire', 'Gemeenschapsgerichte actie'),
  criterion(
    4,
    'COMMON_PROJECT',
    "Projet commun, projet de service pour l'ensemble des professionnels",
    'Gemeenschappelijk project, dienstproject voor alle professionals',
  ),
];

export interface SpecialisedMission extends Labelled {
  /** The actors subgraph's service type a convention for this mission must point at. */
  serviceType: string;
}

const specialised = (
  number: number,
  code: string,
  [fr, nl]: [string, string],
  textFr: string,
  serviceType: string,
): SpecialisedMission => ({
  ...cited(code, fr, nl, at(NOTE_SECTIONS.specialised, number), textFr),
  serviceType,
});

/** The specialised services a CSSI may set up collaborations with (§ 2.6, its list of five). */
export const SPECIALISED_MISSIONS: readonly SpecialisedMission[] = [
  specialised(
    1,
    'DEBT_MEDIATION',
    ['Médiation de dettes', 'Schuldbemiddeling'],
    'un service de médiation de dettes',
    'debt-mediation',
  ),
  specialised(
    2,
    'FAMILY_PLANNING',
    ['Planning familial', 'Gezinsplanning'],
    'un centre de planning familial',
    'family-planning',
  ),
  specialised(
    3,
    'HOME_CARE_COORDINATION',
    [
      'Coordination de soins et de services à domicile',
      'Coördinatie van thuiszorg en thuisdiensten',
    ],
    'un service de coordination de soins et de services à domicile',
    'home-care-coordination',
  ),
  specialised(
    4,
    'ADDICTION',
    ['Drogues et addictions', 'Drugs en verslaving'],
    "un service actif en matière de drogue et d'addiction",
    'addiction',
  ),
  specialised(
    5,
    'MENTAL_HEALTH',
    ['Santé mentale', 'Geestelijke gezondheid'],
    'un service de santé mentale',
    'mental-health',
  ),
];

export const SPECIALISED_MISSION_DEFINITION = {
  textFr:
    "Une mission spécialisée est une mission agréée qui, par le renforcement d'un service spécialisé, s'intègre dans un CSSI sur base d'un diagnostic des besoins de la population. Cette mission spécialisée permet ainsi de compléter l'offre généraliste en fonction des besoins spécifiques identifiés sur le territoire. Elle se fait sur base d'une demande d'extension de cadre du service spécialisé et d'une convention entre celui-ci et le CSSI. Ces missions doivent faire l'objet d'une extension de cadre.",
  source: at(NOTE_SECTIONS.specialised),
};

/** What a specialised mission or the inclusive function needs before it counts. */
export enum Requirement {
  CONVENTION = 'CONVENTION',
  FRAME_EXTENSION = 'FRAME_EXTENSION',
}

/** A specialised mission's requirements, both from the definition above. */
export const SPECIALISED_MISSION_REQUIREMENTS: readonly Labelled[] = [
  cited(
    Requirement.CONVENTION,
    'Une convention entre le service spécialisé et le CSSI',
    'Een overeenkomst tussen de gespecialiseerde dienst en het GSGC',
    at(NOTE_SECTIONS.specialised),
    "Elle se fait sur base d'une demande d'extension de cadre du service spécialisé et d'une convention entre celui-ci et le CSSI.",
  ),
  cited(
    Requirement.FRAME_EXTENSION,
    'Une extension de cadre du service spécialisé',
    'Een kaderuitbreiding van de gespecialiseerde dienst',
    at(NOTE_SECTIONS.specialised),
    "Ces missions doivent faire l'objet d'une extension de cadre.",
  ),
];

export const INCLUSIVE_FUNCTION_SOURCE = `${at(NOTE_SECTIONS.inclusive)}: "Le centre social santé intégré peut en outre exercer une fonction inclusive spécifique, devant consister à" (optional; the three elements below)`;

/** The three elements of the optional inclusive function. */
export const INCLUSIVE_FUNCTION_ELEMENTS: readonly Labelled[] = [
  element(
    1,
    'OUTREACH',
    'Service d’outreaching',
    'Outreachdienst',
    "mettre en place un service d'outreaching en vue d'aller à la rencontre des populations qui ont un accès plus difficile aux soins ou aux services",
  ),
  element(
    2,
    'AMU_OR_FEDASIL_SHARE',
    'Pourcentage minimum d’ayants droit à l’aide médicale urgente ou au réquisitoire FEDASIL',
    'Minimumpercentage rechthebbenden op dringende medische hulp of met een Fedasil-requisitoir',
    "assurer l'accueil et la prise en charge d'un pourcentage minimum, tel que fixé par le Collège, des ayants droit à l'aide médicale urgente émise par les centre public d'action social ou au réquisitoire émis par FEDASIL",
  ),
  element(
    3,
    'EMERGENCY_REACTIVITY',
    'Réactivité aux situations d’urgence',
    'Reactiviteit bij noodsituaties',
    "prévoir une réactivité aux situations d'urgence afin d'accueillir des dispositifs externes d'accès aux droits et aux services nécessaires à la gestion de la situation d'urgence",
  ),
];

/** The inclusive function needs a frame extension. */
export const INCLUSIVE_FUNCTION_REQUIREMENTS: readonly Labelled[] = [
  cited(
    Requirement.FRAME_EXTENSION,
    'Une demande d’extension de cadre du service ambulatoire',
    'Een aanvraag tot kaderuitbreiding van de ambulante dienst',
    at(NOTE_SECTIONS.inclusive),
    "Pour exercer cette fonction inclusive, le service ambulatoire doit faire une demande d'extension de cadre.",
  ),
];
