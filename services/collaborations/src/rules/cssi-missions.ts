import { cite, CSSI_NOTE, listOf, NOTE_SECTIONS } from './sources';
import type { Labelled } from './sources';

/**
 * The twelve missions of a CSSI, word for word as the CSSI note lists them (§ 2.1, quoting the
 * revised ambulatory decree): `fr` and `textFr` are the note's words; `nl` is our translation.
 * Codes 1, 3, 6 and 8 keep the codes of the provisional list they replace (same mission).
 */
export const CSSI_MISSIONS_SOURCE = `${cite(CSSI_NOTE, NOTE_SECTIONS.missions)}: "Les missions des CSSI reprises dans le décret ambulatoire révisé sont les suivantes" (the decree itself is not among our sources). Dutch labels: the project's own translation.`;

const mission = listOf(CSSI_NOTE, NOTE_SECTIONS.missions);

export const CSSI_MISSIONS: readonly Labelled[] = [
  mission(
    1,
    'RECEPTION',
    "aider la personne dans sa globalité et dans toutes ses possibilités d'intégration en offrant un premier accueil aux usagers, analyser leur situation et le cas échéant, orienter leur demande vers le service compétent au sein du centre ou vers un autre service spécialisé",
    'de persoon in haar geheel en in al haar integratiemogelijkheden helpen door de gebruikers een eerste onthaal te bieden, hun situatie te analyseren en hun vraag zo nodig door te verwijzen naar de bevoegde dienst binnen het centrum of naar een andere gespecialiseerde dienst',
  ),
  mission(
    2,
    'SOCIAL_LINK_AND_RIGHTS',
    "développer le lien social et un meilleur accès des personnes aux équipements collectifs et à leurs droits fondamentaux. Agir sur l'ensemble des facteurs de précarisation sociale",
    'de sociale band en een betere toegang van personen tot collectieve voorzieningen en tot hun grondrechten ontwikkelen. Inwerken op alle factoren van sociale verarming',
  ),
  mission(
    3,
    'PARTICIPATION',
    'susciter la participation active des personnes aidées, les intégrer, elles et leur famille, dans la vie citoyenne',
    'de actieve deelname van de geholpen personen aanmoedigen en hen en hun gezin in het maatschappelijk leven integreren',
  ),
  mission(
    4,
    'PRIMARY_CARE',
    'dispenser des soins de santé primaire',
    'eerstelijnsgezondheidszorg verstrekken',
  ),
  mission(
    5,
    'LONG_TERM_FOLLOW_UP',
    "assurer un accompagnement et un suivi de l'utilisateur dans la durée",
    'de gebruiker op lange termijn begeleiden en opvolgen',
  ),
  mission(
    6,
    'PSYCHOLOGICAL_SUPPORT',
    'assurer un accompagnement psychologique généraliste',
    'algemene psychologische begeleiding bieden',
  ),
  mission(
    7,
    'OBSERVATORY',
    "assurer des fonctions d'observatoire de la santé et du social",
    'functies van observatorium voor gezondheid en welzijn vervullen',
  ),
  mission(
    8,
    'COMMUNITY_ACTION',
    "assurer des fonctions d'action communautaire",
    'functies van gemeenschapsgerichte actie vervullen',
  ),
  mission(
    9,
    'AMBULATORY_COLLABORATIONS',
    'renforcer les liens avec certains autres services ambulatoires, notamment en mettant en place des collaborations',
    'de banden met bepaalde andere ambulante diensten versterken, met name door samenwerkingen op te zetten',
  ),
  mission(
    10,
    'CARE_REGARDLESS_OF_STATUS',
    'garantir la prise en charge de tous les usagers et ce indépendamment de leur statut administratif et de leur assurabilité financière',
    'de zorg voor alle gebruikers waarborgen, ongeacht hun administratieve status en hun financiële verzekerbaarheid',
  ),
  mission(
    11,
    'INTERPROFESSIONAL_LIAISON',
    'mettre en place des dispositifs de liaison interprofessionnelle',
    'voorzieningen voor interprofessionele afstemming opzetten',
  ),
  mission(
    12,
    'CONTINUITY',
    "tout en laissant le choix à l'utilisateur de changer de service ambulatoire, mettre en place des pratiques permettant la continuité dans la démarche de l'aide et des soins au sein du centre social santé intégré, y compris lorsque l'utilisateur choisit librement de changer de service ambulatoire afin de le maintenir dans le système soignant",
    'de gebruiker de keuze laten om van ambulante dienst te veranderen en tegelijk praktijken invoeren die de continuïteit van hulp en zorg binnen het geïntegreerd welzijns- en gezondheidscentrum mogelijk maken, ook wanneer de gebruiker vrij kiest om van ambulante dienst te veranderen, om hem in het zorgsysteem te houden',
  ),
];

/**
 * The codes of the provisional list (before the note was available) and what became of them: the
 * migration that introduced the note's list renames the two with a counterpart; the others are in
 * no mission of the note, and a centre's coverage of them moves to its note.
 */
export const WITHDRAWN_MISSION_CODES: Readonly<Record<string, string | null>> = {
  ACCESS_TO_RIGHTS: 'SOCIAL_LINK_AND_RIGHTS',
  GENERAL_PRACTICE: 'PRIMARY_CARE',
  SOCIAL_WORK: null,
  NON_MEDICAL_CARE: null,
  PREVENTION: null,
  CASE_COORDINATION: null,
  NETWORK_WORK: null,
  OUTREACH: null,
};
