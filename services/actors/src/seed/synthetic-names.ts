/**
 * Word lists for synthetic names. Every synthetic name starts with a marker ("[Synthetic]",
 * "[Synthetisch]") so that no one can take it for a real service; the place-like words are
 * invented (trees, birds, landscape) and do not name real Brussels services on purpose.
 */
export const SYNTHETIC_MARK_FR = '[Synthetic]';
export const SYNTHETIC_MARK_NL = '[Synthetisch]';
export const SYNTHETIC_SOURCE = 'synthetic (generated, not a real service)';

/** Short FR / NL labels per SERVICE_TYPES code, as professionals would name such a service. */
export const TYPE_LABELS: Readonly<Record<string, { fr: string; nl: string }>> = {
  'family-planning': { fr: 'Planning familial', nl: 'Centrum gezinsplanning' },
  'mental-health': { fr: 'SSM', nl: 'CGG' },
  'debt-mediation': { fr: 'Médiation de dettes', nl: 'Schuldbemiddeling' },
  'home-care-coordination': { fr: 'Coordination soins à domicile', nl: 'Thuiszorgcoördinatie' },
  'home-help': { fr: 'Aide à domicile', nl: 'Thuishulp' },
  'home-nursing': { fr: 'Soins infirmiers à domicile', nl: 'Thuisverpleging' },
  addiction: { fr: 'Service assuétudes', nl: 'Dienst verslaving' },
  'medical-house': { fr: 'Maison médicale', nl: 'Wijkgezondheidscentrum' },
  casg: { fr: 'CASG', nl: 'CAW' },
  cpas: { fr: 'Antenne CPAS', nl: 'OCMW-antenne' },
  raq: { fr: 'Relais de quartier', nl: 'Buurtrelais' },
  'community-health-worker': { fr: 'Santé communautaire', nl: 'Buurtgezondheidswerk' },
  'day-centre': { fr: 'Centre de jour', nl: 'Dagcentrum' },
  'justice-support': { fr: 'Aide aux justiciables', nl: 'Justitieel welzijnswerk' },
  'social-coordination': { fr: 'Coordination sociale', nl: 'Sociale coördinatie' },
  other: { fr: 'Service social', nl: 'Sociale dienst' },
};

/** Invented place-like words, FR and NL side by side. */
export const PLACE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['Les Tilleuls', 'De Linden'],
  ['Les Érables', 'De Esdoorns'],
  ['Les Peupliers', 'De Populieren'],
  ['Les Saules', 'De Wilgen'],
  ['Les Hêtres', 'De Beuken'],
  ['Les Bouleaux', 'De Berken'],
  ['Le Verger', 'De Boomgaard'],
  ['La Source', 'De Bron'],
  ['Les Jardins', 'De Tuinen'],
  ['La Clairière', 'De Open Plek'],
  ['Le Ruisseau', 'De Beek'],
  ['La Colline', 'De Heuvel'],
  ['Les Glycines', 'De Blauweregen'],
  ['La Boussole', 'Het Kompas'],
  ['Les Lilas', 'De Seringen'],
  ['Les Mésanges', 'De Mezen'],
  ['Les Hirondelles', 'De Zwaluwen'],
  ['Le Cerisier', 'De Kerselaar'],
  ['Les Noisetiers', 'De Hazelaars'],
  ['La Rosée', 'De Dauw'],
  ["L'Aubépine", 'De Meidoorn'],
  ['Le Sureau', 'De Vlier'],
  ['Les Genêts', 'De Brem'],
  ['La Bruyère', 'De Heide'],
  ['Le Lierre', 'De Klimop'],
  ['Les Coquelicots', 'De Klaprozen'],
  ['Les Alouettes', 'De Leeuweriken'],
  ['Le Vieux Chêne', 'De Oude Eik'],
  ['Les Roseaux', 'Het Riet'],
  ['La Prairie', 'De Weide'],
  ['Les Mouettes', 'De Meeuwen'],
  ['Le Martin-Pêcheur', 'De IJsvogel'],
  ['Les Marronniers', 'De Kastanjes'],
  ['La Ruche', 'De Bijenkorf'],
  ['Les Pommiers', 'De Appelbomen'],
  ["L'Étoile Polaire", 'De Poolster'],
  ['Les Violettes', 'De Viooltjes'],
  ['Le Bosquet', 'Het Bosje'],
  ['Les Tournesols', 'De Zonnebloemen'],
  ['La Passerelle Verte', 'De Groene Loopbrug'],
];

/** Organisation forms, FR and NL. */
export const ORGANISATION_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['asbl', 'vzw'],
  ['Centre', 'Centrum'],
  ['Maison', 'Huis'],
  ['Réseau', 'Netwerk'],
];
