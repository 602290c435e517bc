/**
 * The PSSI's rules for collaboration structures, as data: the bodies of a CLSS and their roles, the
 * minimum staffing frame of a CSSI, its budgets, missions, integration criteria and specialised
 * missions. Source: the PSSI texts the product is built from, as summarised in issue 4 of this
 * repository ("Collaborations subgraph"); where a rule was not in that summary, its entry says so.
 * Code reads these tables; nowhere else should a role, an FTE or an amount be written.
 */

/** A code with its labels: what the API accepts and shows. */
export interface Labelled {
  code: string;
  fr: string;
  nl: string;
}

/** The bodies people and organisations sit in. */
export enum BodyKind {
  WORKING_GROUP = 'WORKING_GROUP',
  COORDINATION_CELL = 'COORDINATION_CELL',
  REGIONAL_COMMITTEE = 'REGIONAL_COMMITTEE',
  CENTRE = 'CENTRE',
  CONVENTION = 'CONVENTION',
  NETWORK = 'NETWORK',
}

const role = (code: string, fr: string, nl: string): Labelled => ({ code, fr, nl });

/** The roles each body admits (a member in any other role is refused). */
export const ROLES_BY_BODY: Readonly<Record<BodyKind, readonly Labelled[]>> = {
  [BodyKind.WORKING_GROUP]: [
    role('GROUPEMENT_REFERENT', 'Référent du groupement', 'Referent van de wijkgroep'),
    role(
      'FIELD_ASSOCIATION',
      'Association de terrain active dans le groupement ou le concernant',
      'Terreinvereniging actief in of betrokken bij de wijkgroep',
    ),
    role(
      'COMMUNE_OR_CPAS_WORKER',
      'Travailleur de la commune ou du CPAS',
      'Medewerker gemeente of OCMW',
    ),
    role(
      'INDEPENDENT_HEALTH_PROFESSIONAL',
      'Professionnel de santé indépendant',
      'Zelfstandige zorgverlener',
    ),
    role(
      'CITIZEN',
      'Citoyen ou représentant de citoyens (usagers, habitants, aidants)',
      'Burger of vertegenwoordiger van burgers (gebruikers, bewoners, mantelzorgers)',
    ),
    role(
      'OTHER_REFERENT',
      'Autre référent social-santé (RAQ, …)',
      'Andere welzijns- en gezondheidsreferent (RAQ, …)',
    ),
  ],
  [BodyKind.COORDINATION_CELL]: [
    role('CLSS_COORDINATOR', 'Coordinateur du CLSS', 'Coördinator van het LSGC'),
    role(
      'SOCIAL_COORDINATION_COORDINATOR',
      'Coordinateur de la coordination sociale',
      'Coördinator van de sociale coördinatie',
    ),
    role('GROUPEMENT_REFERENT', 'Référent du groupement', 'Referent van de wijkgroep'),
    role('ELDERLY_REFERENT', 'Référent personnes âgées', 'Referent ouderen'),
    role(
      'SOCIAL_COORDINATION_REPRESENTATIVE',
      'Représentant de la coordination sociale',
      'Vertegenwoordiger van de sociale coördinatie',
    ),
    role(
      'ASSOCIATIVE_SECTOR_REPRESENTATIVE',
      'Représentant du secteur associatif social et santé',
      'Vertegenwoordiger van de welzijns- en gezondheidsverenigingen',
    ),
    role(
      'INDEPENDENT_HEALTH_PROFESSIONAL',
      'Professionnel de santé indépendant',
      'Zelfstandige zorgverlener',
    ),
    role(
      'COMMUNE_REPRESENTATIVE',
      'Représentant de la commune',
      'Vertegenwoordiger van de gemeente',
    ),
    role(
      'MUTUALITY_SOCIAL_SERVICE',
      'Service social des mutualités',
      'Sociale dienst van de ziekenfondsen',
    ),
    role(
      'RESIDENTS_REPRESENTATIVE',
      'Représentant des habitants',
      'Vertegenwoordiger van de bewoners',
    ),
    role('COCOM_REPRESENTATIVE', 'Représentant de la COCOM', 'Vertegenwoordiger van de GGC'),
    role(
      'BASSIN_STEERING_COMMITTEE_MEMBER',
      'Membre du comité de pilotage multisectoriel du bassin',
      'Lid van het multisectorale stuurcomité van het zorgbassin',
    ),
    role('RESEARCHER', 'Chercheur', 'Onderzoeker'),
  ],
  [BodyKind.REGIONAL_COMMITTEE]: [
    role('BRUSANO', 'Brusano', 'Brusano'),
    role(
      'CLSS_COORDINATOR_OR_REFERENT',
      'Coordinateur ou référent de CLSS',
      'Coördinator of referent van een LSGC',
    ),
    role('CABINET', 'Cabinet ministériel', 'Ministerieel kabinet'),
    role(
      'COCOM_SERVICES',
      'Services du Collège réuni de la COCOM',
      'Diensten van het Verenigd College van de GGC',
    ),
    role('COCOF', 'COCOF', 'COCOF'),
    role(
      'OBSERVATORY',
      'Observatoire de la Santé et du Social',
      'Observatorium voor Gezondheid en Welzijn',
    ),
    role(
      'EXISTING_INITIATIVE',
      'Initiative ou projet existant à Bruxelles',
      'Bestaand initiatief of project in Brussel',
    ),
    role('EXPERT', 'Expert académique ou de terrain', 'Academisch of terreinexpert'),
    role(
      'SECTOR_REPRESENTATIVE',
      'Représentant du secteur social-santé',
      'Vertegenwoordiger van de welzijns- en gezondheidssector',
    ),
  ],
  [BodyKind.CENTRE]: [
    role('LEAD_ORGANISATION', 'Organisation porteuse', 'Dragende organisatie'),
    role('MEMBER_ORGANISATION', 'Organisation membre', 'Lidorganisatie'),
  ],
  [BodyKind.CONVENTION]: [role('PARTY', 'Partie à la convention', 'Partij bij de overeenkomst')],
  [BodyKind.NETWORK]: [
    role('COORDINATOR', 'Coordination du réseau', 'Coördinatie van het netwerk'),
    role('MEMBER', 'Membre du réseau', 'Lid van het netwerk'),
  ],
};

/** The missions of the bodies that have them in the texts. */
export const BODY_MISSIONS: Readonly<Partial<Record<BodyKind, readonly Labelled[]>>> = {
  [BodyKind.COORDINATION_CELL]: [
    role(
      'STEERING',
      'Coordination et pilotage du CLSS de la commune',
      'Coördinatie en sturing van het LSGC van de gemeente',
    ),
    role(
      'NEIGHBOURS',
      'Collaboration avec les communes voisines',
      'Samenwerking met de buurgemeenten',
    ),
    role(
      'FOLLOW_UP',
      'Suivi : diagnostics, approbation du plan d’action, validation du contrat et des critères de sélection, suivi stratégique, mise à jour continue',
      'Opvolging: diagnoses, goedkeuring van het actieplan, validatie van het contract en van de selectiecriteria, strategische opvolging, voortdurende bijwerking',
    ),
  ],
  [BodyKind.REGIONAL_COMMITTEE]: [
    role(
      'OBJECTIVES',
      'Veiller à la mise en œuvre des objectifs des contrats',
      'Toezien op de uitvoering van de doelstellingen van de contracten',
    ),
    role(
      'SUPPORT',
      'Soutenir la mise en place des CLSS, des diagnostics, des plans d’action et des projets',
      'De opstart van de LSGC, de diagnoses, de actieplannen en de projecten ondersteunen',
    ),
    role(
      'HOMOGENEITY',
      'Garder les contrats homogènes tout en les adaptant au terrain',
      'De contracten homogeen houden en ze toch aan het terrein aanpassen',
    ),
    role(
      'SHARING',
      'Soutenir le partage de pratiques et d’outils',
      'Het delen van praktijken en instrumenten ondersteunen',
    ),
  ],
};

/** Themes of the actions of a CLSS's yearly action plan (the texts give these as examples). */
export const ACTION_THEMES: readonly Labelled[] = [
  role(
    'ACCESS_FOR_VULNERABLE_PEOPLE',
    'Accès aux services existants pour les personnes vulnérables et les situations complexes',
    'Toegang tot bestaande diensten voor kwetsbare personen en complexe situaties',
  ),
  role(
    'HOUSING_LOSS_PREVENTION',
    'Prévention de la perte de logement et des expulsions',
    'Preventie van woningverlies en uithuiszettingen',
  ),
  role('REHOUSING', '(Re)logement', '(Her)huisvesting'),
  role('OTHER', 'Autre thème', 'Ander thema'),
];

/** Checks a code against a table: the labelled entry, or undefined. */
export const findCode = <T extends Labelled>(table: readonly T[], code: string): T | undefined =>
  table.find((entry) => entry.code === code);
