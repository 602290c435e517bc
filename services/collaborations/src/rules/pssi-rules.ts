import { listOf, own, PSSI_VISION_TEXT } from './sources';
import type { Labelled } from './sources';

/**
 * The PSSI's rules for CLSS bodies, as data: the roles each body admits and the missions of the
 * bodies that have them, each citing its slide of the PSSI vision text (`seed/sources/000_…`) with
 * the text's words in `textFr` (bold marks left out; a follow-up's sub-items joined by " ; ").
 * Roles of centres, conventions and networks are the project's own (no text lists them).
 * Code reads these tables; nowhere else should a role or a mission be written.
 */
export type { Labelled };

/** The bodies people and organisations sit in. */
export enum BodyKind {
  WORKING_GROUP = 'WORKING_GROUP',
  COORDINATION_CELL = 'COORDINATION_CELL',
  REGIONAL_COMMITTEE = 'REGIONAL_COMMITTEE',
  CENTRE = 'CENTRE',
  CONVENTION = 'CONVENTION',
  NETWORK = 'NETWORK',
}

const SLIDES = {
  clssMissions: '"CLSS: missions"',
  workingGroup: '"CLSS: qui ?" (Composition du GT CLSS)',
  cellMissions: '"Cellule de coordination : missions"',
  cell: '"Cellule de coordination : qui ?" (Composition cellule de coordination CLSS)',
  committeeMissions: '"Comité d\'accompagnement (Région): mission"',
  committee:
    '"Comité d\'accompagnement : qui ?" (Composition Comité d\'accompagnement région des CLSS)',
  objectives: '"9 CLSS existants (sur 5 communes)", "Objectifs :"',
} as const;

/** An item of a list of the vision text: `slide`'s item `number`. */
const listed = (slide: keyof typeof SLIDES) => listOf(PSSI_VISION_TEXT, SLIDES[slide]);

const wg = listed('workingGroup');
const cell = listed('cell');
const committee = listed('committee');

/** The roles each body admits (a member in any other role is refused). */
export const ROLES_BY_BODY: Readonly<Record<BodyKind, readonly Labelled[]>> = {
  [BodyKind.WORKING_GROUP]: [
    wg(
      1,
      'GROUPEMENT_REFERENT',
      'Référent du groupement',
      'Referent van de wijkgroep',
      'Le référent groupement de quartier CLSS',
    ),
    wg(
      2,
      'FIELD_ASSOCIATION',
      'Association de terrain active dans le groupement ou le concernant',
      'Terreinvereniging actief in of betrokken bij de wijkgroep',
      'Associations de terrain qui se trouvent ou qui ont un impact dans le GQ',
    ),
    wg(
      3,
      'COMMUNE_OR_CPAS_WORKER',
      'Travailleur de la commune ou du CPAS',
      'Medewerker gemeente of OCMW',
      'Des travailleurs communaux et des CPAS qui travaillent dans le groupement de quartiers ou sur des thématiques social-santé',
    ),
    wg(
      4,
      'INDEPENDENT_HEALTH_PROFESSIONAL',
      'Professionnel de santé indépendant',
      'Zelfstandige zorgverlener',
      'Des professionnels de la santé indépendants et qui travaillent sur le groupement de quartier',
    ),
    wg(
      5,
      'CITIZEN',
      'Citoyen ou représentant de citoyens (usagers, habitants, aidants proches)',
      'Burger of vertegenwoordiger van burgers (gebruikers, bewoners, mantelzorgers)',
      'Des représentants de citoyens impliqués dans la vie du groupement de quartier ou des citoyens eux-mêmes (usagers, habitants, aidants proche...)',
    ),
    wg(
      6,
      'OTHER_REFERENT',
      'Autre référent social-santé (RAQ, Brico, …)',
      'Andere welzijns- en gezondheidsreferent (RAQ, Brico, …)',
      'Autres référents des initiatives social-santé si existant dans le groupement de quartier (référent RAQ, Brico, ...)',
    ),
  ],
  [BodyKind.COORDINATION_CELL]: [
    cell(
      1,
      'CLSS_COORDINATOR',
      'Coordinateur du CLSS',
      'Coördinator van het LSGC',
      'Coordinateur CLSS',
    ),
    cell(
      2,
      'SOCIAL_COORDINATION_COORDINATOR',
      'Coordinateur de la coordination sociale',
      'Coördinator van de sociale coördinatie',
      'Le coordinateur de la coordination sociale ()',
    ),
    cell(
      3,
      'GROUPEMENT_REFERENT',
      'Référent du groupement',
      'Referent van de wijkgroep',
      'Le référent groupement de quartier',
    ),
    cell(
      4,
      'ELDERLY_REFERENT',
      'Référent personnes âgées (s’il y en a un)',
      'Referent ouderen (als er een is)',
      'Le.s référent·e·s personnes âgées si il y en a un',
    ),
    cell(
      5,
      'SOCIAL_COORDINATION_REPRESENTATIVE',
      'Représentant de la coordination sociale',
      'Vertegenwoordiger van de sociale coördinatie',
      'Des représentants de la coordination sociale',
    ),
    cell(
      6,
      'ASSOCIATIVE_SECTOR_REPRESENTATIVE',
      'Représentant du secteur associatif social et santé',
      'Vertegenwoordiger van de welzijns- en gezondheidsverenigingen',
      'Des représentants du secteur associatif social et santé',
    ),
    cell(
      7,
      'INDEPENDENT_HEALTH_PROFESSIONAL',
      'Représentant des professionnels de santé indépendants du groupement',
      'Vertegenwoordiger van de zelfstandige zorgverleners van de wijkgroep',
      'Des représentants des professionnels de la santé indépendants qui travaillent sur le groupement de quartier',
    ),
    cell(
      8,
      'COMMUNE_REPRESENTATIVE',
      'Représentant communal en lien avec les objectifs CLSS',
      'Gemeentelijke vertegenwoordiger betrokken bij de LSGC-doelstellingen',
      'De.s représentant·e·s communal.aux en lien avec les objectifs CLSS',
    ),
    cell(
      9,
      'MUTUALITY_SOCIAL_SERVICE',
      'Représentant des services sociaux des mutuelles',
      'Vertegenwoordiger van de sociale diensten van de ziekenfondsen',
      'Des représentants des services sociaux des mutuelles',
    ),
    cell(
      10,
      'RESIDENTS_REPRESENTATIVE',
      'Représentant des habitants',
      'Vertegenwoordiger van de bewoners',
      'Des représentants des habitants',
    ),
    cell(
      11,
      'COCOM_REPRESENTATIVE',
      'Représentant de la COCOM',
      'Vertegenwoordiger van de GGC',
      'Un représentant de la COCOM',
    ),
    cell(
      12,
      'BASSIN_STEERING_COMMITTEE_MEMBER',
      'Membre du comité de pilotage multisectoriel du bassin',
      'Lid van het multisectorale stuurcomité van het zorgbassin',
      'Un membre du Comité de pilotage multisectoriel (bassin)',
    ),
    cell(
      13,
      'RESEARCHER',
      'Chercheur intervenant',
      'Betrokken onderzoeker',
      'Un chercheur intervenant',
    ),
  ],
  [BodyKind.REGIONAL_COMMITTEE]: [
    committee(1, 'BRUSANO', 'Brusano', 'Brusano'),
    committee(
      2,
      'CLSS_COORDINATOR_OR_REFERENT',
      'Coordinateur ou référent de CLSS',
      'Coördinator of referent van een LSGC',
      'les Coordinateurs et les référents des CLSS',
    ),
    committee(3, 'CABINET', 'Le cabinet', 'Het kabinet', 'le cabinet'),
    committee(
      4,
      'COCOM_SERVICES',
      'Services du Collège réuni de la COCOM',
      'Diensten van het Verenigd College van de GGC',
      'les services du collège réuni de la Cocom',
    ),
    committee(5, 'COCOF', 'COCOF', 'COCOF', 'la Cocof'),
    committee(
      6,
      'OBSERVATORY',
      'Observatoire de la Santé et du Social',
      'Observatorium voor Gezondheid en Welzijn',
      "l'Observatoire de la santé et du Social",
    ),
    committee(
      7,
      'EXISTING_INITIATIVE',
      'Initiative ou projet existant à Bruxelles',
      'Bestaand initiatief of project in Brussel',
      'les différentes initiatives et/ou projets existants sur Bruxelles',
    ),
    committee(
      8,
      'EXPERT',
      'Expert académique ou de terrain',
      'Academisch of terreinexpert',
      'des experts académiques et de terrain',
    ),
    committee(
      9,
      'SECTOR_REPRESENTATIVE',
      'Représentant du secteur social-santé',
      'Vertegenwoordiger van de welzijns- en gezondheidssector',
      'des représentants du secteurs social-santé',
    ),
  ],
  [BodyKind.CENTRE]: [
    own('LEAD_ORGANISATION', 'Organisation porteuse', 'Dragende organisatie'),
    own('MEMBER_ORGANISATION', 'Organisation membre', 'Lidorganisatie'),
  ],
  [BodyKind.CONVENTION]: [own('PARTY', 'Partie à la convention', 'Partij bij de overeenkomst')],
  [BodyKind.NETWORK]: [
    own('COORDINATOR', 'Coordination du réseau', 'Coördinatie van het netwerk'),
    own('MEMBER', 'Membre du réseau', 'Lid van het netwerk'),
  ],
};

const cellMission = listed('cellMissions');
const committeeMission = listed('committeeMissions');

/** The missions of the bodies that have them in the texts. */
export const BODY_MISSIONS: Readonly<Partial<Record<BodyKind, readonly Labelled[]>>> = {
  [BodyKind.COORDINATION_CELL]: [
    cellMission(
      1,
      'STEERING',
      'Coordination et pilotage des différents CLSS sur le territoire communal',
      'Coördinatie en sturing van de verschillende LSGC op het grondgebied van de gemeente',
      'La coordination et le pilotage des différents CLSS sur le territoire communal ()',
    ),
    cellMission(
      2,
      'NEIGHBOURS',
      'Collaboration éventuelle avec d’autres communes limitrophes',
      'Eventuele samenwerking met andere aangrenzende gemeenten',
      "L'éventuelle collaboration avec d'autres communes limitrophes",
    ),
    cellMission(
      3,
      'FOLLOW_UP',
      'Suivi des CLSS : diagnostics, approbation du plan d’actions, validation du contrat et des critères de sélection des projets, suivi stratégique, actualisation continue',
      'Opvolging van de LSGC: diagnoses, goedkeuring van het actieplan, validatie van het contract en van de selectiecriteria van de projecten, strategische opvolging, voortdurende bijwerking',
      "Le suivi des CLSS : a. le suivi des diagnostics ; b. l'approbation du plan d'actions ; c. la validation du contrat CLSS ; d. la validation des critères de sélection des projets ; e. le suivi stratégique de l'implémentation du contrat local ; f. Le suivi de l'actualisation continue du diagnostic, du plan d'action et des actions mises en place sur le terrain",
    ),
  ],
  [BodyKind.REGIONAL_COMMITTEE]: [
    committeeMission(
      1,
      'OBJECTIVES',
      'S’assurer de la mise en œuvre des objectifs fixés dans les contrats',
      'Zich vergewissen van de uitvoering van de doelstellingen van de contracten',
      "s'assurer de la mise en œuvre des objectifs fixés dans les contrats",
    ),
    committeeMission(
      2,
      'SUPPORT',
      'Accompagner la mise en place et le développement des CLSS, des diagnostics, des plans d’actions et des projets',
      'De opstart en ontwikkeling van de LSGC, de diagnoses, de actieplannen en de projecten begeleiden',
      "accompagner la mise en place, le développement des CLSS, des diagnostics et des plans d'actions, ainsi que des projets",
    ),
    committeeMission(
      3,
      'HOMOGENEITY',
      'Garantir une homogénéité des contrats et des projets, adaptables à la réalité de terrain',
      'Homogeniteit van de contracten en projecten waarborgen, aanpasbaar aan de realiteit op het terrein',
      'garantir une homogénéité des contrats locaux social-santé et des projets + adaptabilité à la réalité de terrain',
    ),
    committeeMission(
      4,
      'SHARING',
      'Soutenir le partage de pratiques et d’outils entre porteurs de projets locaux',
      'Het delen van praktijken en instrumenten tussen lokale projectdragers ondersteunen',
      "Soutenir le partage de pratique et d'outils entre porteurs de projets locaux",
    ),
  ],
};

const clssMission = listed('clssMissions');

/** The four missions of a CLSS; its deliverables (`DeliverableKind`) follow them. */
export const CLSS_MISSIONS: readonly Labelled[] = [
  clssMission(
    1,
    'DIAGNOSTIC',
    'Réaliser un diagnostic pour identifier les besoins',
    'Een diagnose maken om de noden in kaart te brengen',
  ),
  clssMission(
    2,
    'ACTION_PLAN',
    "Proposer un plan d'actions (contrat local) annuel",
    'Een jaarlijks actieplan (lokaal contract) voorstellen',
    "Proposer plan d'actions (contrat local) annuel",
  ),
  clssMission(
    3,
    'SELECTION_CRITERIA',
    'Proposer des critères de sélection pour le financement des projets (appels à projets)',
    'Selectiecriteria voorstellen voor de financiering van projecten (projectoproepen)',
    'Proposer des critères de sélection pour le financement des projets => appels à projets',
  ),
  clssMission(4, 'FOLLOW_UP', 'Assurer le suivi', 'De opvolging verzekeren'),
];

const objective = listed('objectives');

/** Themes of the actions of a CLSS's yearly action plan: the objectives of the 9 existing CLSS. */
export const ACTION_THEMES: readonly Labelled[] = [
  objective(
    1,
    'ACCESS_FOR_VULNERABLE_PEOPLE',
    'Accès aux services existants pour les publics vulnérables et les situations complexes',
    'Toegang tot bestaande diensten voor kwetsbare personen en complexe situaties',
    "Favoriser l'accès aux services existants tant sociaux que sanitaires, en particulier pour les publics plus vulnérables et les situations complexes",
  ),
  objective(
    2,
    'HOUSING_LOSS_PREVENTION',
    'Prévention de la perte de logement et des expulsions',
    'Preventie van woningverlies en uithuiszettingen',
    'Renforcer la prévention de la perte de logement et des expulsions',
  ),
  objective(
    2,
    'REHOUSING',
    'Accompagnement vers le (re)logement qualitatif',
    'Begeleiding naar kwaliteitsvolle (her)huisvesting',
    "l'accompagnement des citoyens vers le (re)logement qualitatif",
  ),
  own('OTHER', 'Autre thème', 'Ander thema'),
];

/** Checks a code against a table: the labelled entry, or undefined. */
export const findCode = <T extends Labelled>(table: readonly T[], code: string): T | undefined =>
  table.find((entry) => entry.code === code);
