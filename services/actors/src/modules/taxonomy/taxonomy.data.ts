/**
 * The taxonomies the directory starts with: stable codes, FR/NL labels. Admins can add terms; codes
 * never change once used. Acronyms are kept in the labels, as professionals use them.
 */
export interface TaxonomyTermData {
  code: string;
  fr: string;
  nl: string;
  description?: string;
}

export const SERVICE_TYPES: readonly TaxonomyTermData[] = [
  { code: 'family-planning', fr: 'Centre de planning familial', nl: 'Centrum voor gezinsplanning' },
  {
    code: 'mental-health',
    fr: 'Service de santé mentale (SSM)',
    nl: 'Centrum voor geestelijke gezondheidszorg (CGG)',
  },
  { code: 'debt-mediation', fr: 'Service de médiation de dettes', nl: 'Dienst schuldbemiddeling' },
  {
    code: 'home-care-coordination',
    fr: 'Coordination de soins et services à domicile',
    nl: 'Coördinatie thuiszorg',
  },
  { code: 'home-help', fr: 'Aide à domicile', nl: 'Gezinszorg en thuishulp' },
  { code: 'home-nursing', fr: 'Soins infirmiers à domicile', nl: 'Thuisverpleging' },
  {
    code: 'addiction',
    fr: "Service actif en matière de drogues et d'addictions",
    nl: 'Dienst drugs en verslaving',
  },
  { code: 'medical-house', fr: 'Maison médicale', nl: 'Wijkgezondheidscentrum' },
  {
    code: 'casg',
    fr: "Centre d'action sociale globale (CASG)",
    nl: 'Centrum algemeen welzijnswerk (CAW)',
  },
  {
    code: 'cpas',
    fr: "Centre public d'action sociale (CPAS)",
    nl: 'Openbaar centrum voor maatschappelijk welzijn (OCMW)',
  },
  {
    code: 'cssi',
    fr: 'Centre social-santé intégré (CSSI)',
    nl: 'Geïntegreerd welzijns- en gezondheidscentrum (GWGC)',
  },
  { code: 'raq', fr: "Relais d'action de quartier (RAQ)", nl: 'Buurtrelais (RAQ)' },
  {
    code: 'community-health-worker',
    fr: 'Agent de santé communautaire',
    nl: 'Community health worker',
  },
  { code: 'day-centre', fr: "Centre d'accueil de jour", nl: 'Dagcentrum' },
  { code: 'justice-support', fr: "Service d'aide aux justiciables", nl: 'Justitieel welzijnswerk' },
  { code: 'social-coordination', fr: 'Coordination sociale', nl: 'Sociale coördinatie' },
  { code: 'other', fr: 'Autre service social-santé', nl: 'Andere welzijns- of gezondheidsdienst' },
];

export const TARGET_PUBLICS: readonly TaxonomyTermData[] = [
  { code: 'everyone', fr: 'Tout public', nl: 'Iedereen' },
  { code: 'families', fr: 'Familles', nl: 'Gezinnen' },
  { code: 'children', fr: 'Enfants', nl: 'Kinderen' },
  { code: 'young-people', fr: 'Jeunes', nl: 'Jongeren' },
  { code: 'elderly', fr: 'Personnes âgées', nl: 'Ouderen' },
  {
    code: 'undocumented',
    fr: 'Personnes sans titre de séjour',
    nl: 'Mensen zonder wettig verblijf',
  },
  { code: 'asylum-seekers', fr: "Demandeurs d'asile", nl: 'Asielzoekers' },
  { code: 'homeless', fr: 'Personnes sans abri', nl: 'Daklozen' },
  { code: 'sex-workers', fr: 'Travailleuses et travailleurs du sexe', nl: 'Sekswerkers' },
  { code: 'people-who-use-drugs', fr: 'Usagers de drogues', nl: 'Mensen die drugs gebruiken' },
  { code: 'lgbtqia', fr: 'Personnes LGBTQIA+', nl: 'LGBTQIA+-personen' },
  { code: 'disability', fr: 'Personnes en situation de handicap', nl: 'Personen met een handicap' },
  { code: 'carers', fr: 'Aidants proches', nl: 'Mantelzorgers' },
  { code: 'women', fr: 'Femmes', nl: 'Vrouwen' },
];
