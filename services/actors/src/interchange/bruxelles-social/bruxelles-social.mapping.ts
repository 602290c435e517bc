import { SERVICE_TYPES } from '../../modules/taxonomy/taxonomy.data';
import { normaliseName } from '../../records/communes';

/**
 * How Bruxelles Social's categories and agreements map to ours. Labels are compared without case,
 * accents or punctuation ("Santé mentale" = "sante-mentale"). Add a label here when an import
 * warns about a category that has a code of ours.
 */
export const CATEGORY_LABELS: Readonly<Record<string, readonly string[]>> = {
  'family-planning': [
    'planning familial',
    'centre de planning familial',
    'centres de planning familial',
    'gezinsplanning',
    'centrum voor gezinsplanning',
    'family planning',
  ],
  'mental-health': [
    'santé mentale',
    'service de santé mentale',
    'services de santé mentale',
    'SSM',
    'geestelijke gezondheid',
    'geestelijke gezondheidszorg',
    'CGG',
    'mental health',
  ],
  'debt-mediation': [
    'médiation de dettes',
    'surendettement',
    'schuldbemiddeling',
    'schuldhulpverlening',
    'debt mediation',
  ],
  'home-care-coordination': [
    'coordination de soins à domicile',
    'coordination de soins et services à domicile',
    'thuiszorgcoördinatie',
    'coördinatie thuiszorg',
  ],
  'home-help': [
    'aide à domicile',
    'aide aux familles',
    'aides familiales',
    'gezinszorg',
    'thuishulp',
    'gezinszorg en thuishulp',
  ],
  addiction: [
    'toxicomanie',
    'toxicomanies',
    'assuétudes',
    'drogues',
    'addictions',
    'drogues et addictions',
    'verslaving',
    'verslavingszorg',
    'drugs',
    'middelengebruik',
  ],
  'medical-house': [
    'maison médicale',
    'maisons médicales',
    'wijkgezondheidscentrum',
    'wijkgezondheidscentra',
  ],
  casg: [
    'CASG',
    "centre d'action sociale globale",
    'action sociale globale',
    'CAW',
    'centrum algemeen welzijnswerk',
    'algemeen welzijnswerk',
  ],
  cpas: [
    'CPAS',
    "centre public d'action sociale",
    'OCMW',
    'openbaar centrum voor maatschappelijk welzijn',
  ],
  cssi: ['CSSI', 'centre social-santé intégré', 'GWGC'],
  'day-centre': [
    "centre d'accueil de jour",
    'accueil de jour',
    'centre de jour',
    'dagcentrum',
    'dagopvang',
  ],
  'justice-support': [
    'aide aux justiciables',
    "service d'aide aux justiciables",
    'justitieel welzijnswerk',
  ],
  'social-coordination': [
    'coordination sociale',
    'sociale coördinatie',
    'CLSS',
    'contrat local social-santé',
  ],
  'community-health-worker': [
    'agent de santé communautaire',
    'santé communautaire',
    'community health worker',
  ],
};

const CODE_OF_LABEL: ReadonlyMap<string, string> = new Map([
  ...SERVICE_TYPES.flatMap((term) =>
    [term.code, term.fr, term.nl].map((label) => [normaliseName(label), term.code] as const),
  ),
  ...Object.entries(CATEGORY_LABELS).flatMap(([code, labels]) =>
    labels.map((label) => [normaliseName(label), code] as const),
  ),
]);

/** Our service type of the first label that is one of ours ('other' is never matched). */
export function categoryCodeOf(labels: readonly string[]): string | null {
  for (const label of labels) {
    const code = CODE_OF_LABEL.get(normaliseName(label));
    if (code && code !== 'other') {
      return code;
    }
  }
  return null;
}

/** 'YYYY-MM-DD', 'YYYY-MM-DDThh:mm…' or 'DD/MM/YYYY' (also with - or .) → 'YYYY-MM-DD'. */
export function isoDateText(value: string): string {
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(text);
  if (iso) {
    return iso[1] as string;
  }
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (european) {
    const [, day, month, year] = european as unknown as [string, string, string, string];
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return text;
}
