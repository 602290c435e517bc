import {
  loadSynonymGroups,
  normaliseTerm,
  parseSynonymGroups,
  SynonymFileError,
  synonymMap,
} from './synonyms';

const groups = loadSynonymGroups();
const map = synonymMap(groups);

/** True when both terms are in one group (compared normalised). */
const equivalent = (a: string, b: string): boolean =>
  (map[normaliseTerm(a)] ?? []).includes(normaliseTerm(b));

describe('normaliseTerm', () => {
  it('lowercases, strips accents, turns apostrophes and hyphens into spaces, collapses spaces', () => {
    expect(normaliseTerm("  Centre d'Action   Sociale Globale ")).toBe(
      'centre d action sociale globale',
    );
    expect(normaliseTerm('Sans-Papiers')).toBe('sans papiers');
    expect(normaliseTerm('Médiation de dettes')).toBe('mediation de dettes');
    expect(normaliseTerm('Geïntegreerd welzijns‐ en gezondheidscentrum')).toBe(
      'geintegreerd welzijns en gezondheidscentrum',
    );
    expect(normaliseTerm('l’accueil')).toBe('l accueil');
    expect(normaliseTerm('CRÈCHE')).toBe('creche');
  });
});

describe('the synonym file', () => {
  it('has at least 45 valid groups', () => {
    expect(groups.length).toBeGreaterThanOrEqual(45);
  });

  // The examples, each group a chain of terms that must all be equivalent.
  const examples: Array<[string, string[]]> = [
    [
      'SSM',
      [
        'service de santé mentale',
        'CGG',
        'centrum geestelijke gezondheidszorg',
        'centrum voor geestelijke gezondheidszorg',
      ],
    ],
    ['planning familial', ['centre de planning', 'centrum voor gezinsplanning']],
    ['médiation de dettes', ['surendettement', 'schuldbemiddeling']],
    ['CPAS', ['OCMW']],
    ['maison médicale', ['wijkgezondheidscentrum']],
    ['soins à domicile', ['thuiszorg']],
    ['assuétudes', ['addiction', 'drogues', 'verslaving']],
    ['sans-papiers', ['sans titre de séjour']],
    ['CASG', ['centre d’action sociale globale', 'CAW']],
    ['sans-abri', ['dakloos', 'SDF']],
    ['AMU', ['aide médicale urgente', 'dringende medische hulp']],
    ['mutuelle', ['ziekenfonds']],
    ['médecin généraliste', ['huisarts']],
    ['violence conjugale', ['partnergeweld', 'intrafamiliaal geweld']],
    ['IVG', ['avortement', 'abortus']],
    ['ONE', ['Kind en Gezin']],
    ['CPMS', ['CLB']],
    ['RIS', ['revenu d’intégration', 'leefloon']],
    ['aide alimentaire', ['voedselhulp', 'colis alimentaire']],
    ['épicerie sociale', ['sociale kruidenier']],
    ['VIH', ['HIV', 'sida']],
    ['interprète', ['tolk']],
    ['primo-arrivants', ['nieuwkomers']],
  ];

  it.each(examples)('makes %s equivalent to %p, both ways', (first, others) => {
    for (const other of others) {
      expect(equivalent(first, other)).toBe(true);
      expect(equivalent(other, first)).toBe(true);
    }
  });

  it('keeps unrelated groups apart', () => {
    expect(equivalent('CPAS', 'CASG')).toBe(false);
    expect(equivalent('santé mentale', 'SSM')).toBe(false);
  });
});

/** One pair of equivalent terms per group, written independently of the file: each group is tested. */
const GROUP_CASES: Record<string, [string, string]> = {
  'mental-health-service': ['SSM', 'CGG'],
  'mental-health': ['santé mentale', 'geestelijke gezondheid'],
  'family-planning': ['planning familial', 'gezinsplanning'],
  'debt-mediation': ['surendettement', 'schuldbemiddeling'],
  debts: ['dettes', 'schulden'],
  cpas: ['CPAS', 'OCMW'],
  'medical-house': ['maison médicale', 'wijkgezondheidscentrum'],
  'home-care': ['soins à domicile', 'thuiszorg'],
  'home-help': ['aide familiale', 'gezinszorg'],
  'home-nursing': ['infirmière à domicile', 'thuisverpleging'],
  'home-care-coordination': ['coordination de soins à domicile', 'thuiszorgcoördinatie'],
  addiction: ['assuétudes', 'verslaving'],
  'people-who-use-drugs': ['usagers de drogues', 'druggebruikers'],
  alcohol: ['alcoolisme', 'alcohol'],
  undocumented: ['sans-papiers', 'zonder wettig verblijf'],
  casg: ['CASG', 'CAW'],
  cssi: ['CSSI', 'GWGC'],
  clss: ['CLSS', 'contrat local social-santé'],
  pssi: ['PSSI', 'plan social-santé intégré'],
  raq: ['RAQ', 'buurtrelais'],
  'social-coordination': ['coordination sociale', 'sociale coördinatie'],
  'community-health-worker': ['agent de santé communautaire', 'community health worker'],
  'justice-support': ['aide aux justiciables', 'justitieel welzijnswerk'],
  'day-centre': ["centre d'accueil de jour", 'dagcentrum'],
  'homeless-shelter': ["maison d'accueil", 'thuislozenzorg'],
  'night-shelter': ['abri de nuit', 'nachtopvang'],
  homeless: ['SDF', 'daklozen'],
  'urgent-medical-aid': ['AMU', 'DMH'],
  'health-insurance-fund': ['mutualité', 'ziekenfonds'],
  'general-practitioner': ['médecin de famille', 'huisarts'],
  physiotherapy: ['kiné', 'kinesitherapeut'],
  nurse: ['infirmière', 'verpleegkundige'],
  psychologist: ['psychologue', 'psycholoog'],
  psychiatrist: ['psychiatre', 'psychiater'],
  dentist: ['dentiste', 'tandarts'],
  midwife: ['sage-femme', 'vroedvrouw'],
  'domestic-violence': ['violences conjugales', 'partnergeweld'],
  abortion: ['IVG', 'abortus'],
  contraception: ['contraception', 'anticonceptie'],
  pregnancy: ['grossesse', 'zwangerschap'],
  'sexual-health': ['santé sexuelle', 'seksuele gezondheid'],
  sti: ['IST', 'SOA'],
  hiv: ['sida', 'HIV'],
  tuberculosis: ['tuberculose', 'TBC'],
  'one-kind-en-gezin': ['ONE', 'Kind en Gezin'],
  'pms-clb': ['centre PMS', 'CLB'],
  'youth-care': ['aide à la jeunesse', 'jeugdhulp'],
  'legal-aid': ['aide juridique', 'juridische bijstand'],
  'legal-aid-office': ['BAJ', 'BJB'],
  housing: ['logement', 'huisvesting'],
  'social-housing': ['logement social', 'sociale huisvesting'],
  'public-housing-company': ['SISP', 'OVM'],
  'social-rental-agency': ['AIS', 'SVK'],
  eviction: ['expulsion locative', 'uithuiszetting'],
  'energy-poverty': ['précarité énergétique', 'energiearmoede'],
  elderly: ['personnes âgées', 'ouderen'],
  'nursing-home': ['maison de repos', 'woonzorgcentrum'],
  disability: ['handicap', 'beperking'],
  carers: ['aidants proches', 'mantelzorgers'],
  refugees: ["demandeurs d'asile", 'asielzoekers'],
  fedasil: ['Fedasil', "agence fédérale pour l'accueil des demandeurs d'asile"],
  newcomers: ['primo-arrivants', 'nieuwkomers'],
  'integration-course': ['BAPA', 'inburgering'],
  migrants: ['migrants', 'migranten'],
  literacy: ['alphabétisation', 'alfabetisering'],
  interpreting: ['interprète', 'tolk'],
  'food-aid': ['colis alimentaire', 'voedselpakket'],
  'social-grocery': ['épicerie sociale', 'sociale kruidenier'],
  'integration-income': ['revenu d’intégration', 'leefloon'],
  'palliative-care': ['soins palliatifs', 'palliatieve zorg'],
  'suicide-prevention': ['prévention du suicide', 'zelfmoordpreventie'],
  'social-worker': ['assistante sociale', 'maatschappelijk werker'],
  'social-service': ['service social', 'sociale dienst'],
  'psychosocial-support': ['soutien psychosocial', 'psychosociale ondersteuning'],
  youth: ['jeunes', 'adolescents'],
  cureghem: ['Cureghem', 'Kuregem'],
  children: ['enfants', 'kinderen'],
  childcare: ['crèche', 'kinderopvang'],
  families: ['familles', 'gezinnen'],
  women: ['femmes', 'vrouwen'],
  lgbtqia: ['LGBTQIA+', 'holebi'],
  'sex-workers': ['travailleuses du sexe', 'sekswerkers'],
  prisoners: ['détenus', 'gedetineerden'],
  hospital: ['hôpital', 'ziekenhuis'],
  'emergency-room': ['urgences', 'spoedgevallen'],
};

describe('every synonym group', () => {
  it('has a test case here (add one with each new group)', () => {
    expect(groups.map((group) => group.id).sort()).toEqual(Object.keys(GROUP_CASES).sort());
  });

  it.each(Object.entries(GROUP_CASES))('%s: %p are equivalent both ways', (id, [a, b]) => {
    expect(equivalent(a, b)).toBe(true);
    expect(equivalent(b, a)).toBe(true);
    expect(groups.find((group) => group.id === id)?.terms.map(normaliseTerm)).toContain(
      normaliseTerm(a),
    );
  });
});

describe('synonymMap', () => {
  it('is symmetric, maps every term to the other terms of its group only, in normalised form', () => {
    for (const [term, others] of Object.entries(map)) {
      expect(term).toBe(normaliseTerm(term));
      expect(others).not.toContain(term);
      for (const other of others) {
        expect(other).toBe(normaliseTerm(other));
        expect(map[other]).toContain(term);
      }
    }
  });

  it('includes multi-word terms as keys and values', () => {
    expect(map['ssm']).toEqual(expect.arrayContaining(['service de sante mentale', 'cgg']));
    expect(map['centrum voor gezinsplanning']).toContain('planning familial');
  });

  it('has one key per term of the file', () => {
    const terms = groups.flatMap((group) => group.terms);
    expect(Object.keys(map)).toHaveLength(terms.length);
  });
});

describe('parseSynonymGroups', () => {
  const problemsOf = (data: unknown): string[] => {
    try {
      parseSynonymGroups(data);
    } catch (error) {
      expect(error).toBeInstanceOf(SynonymFileError);
      return (error as SynonymFileError).problems;
    }
    throw new Error('expected the data to be rejected');
  };

  it('accepts a valid file', () => {
    expect(parseSynonymGroups({ groups: [{ id: 'cpas', terms: ['CPAS', 'OCMW'] }] })).toEqual([
      { id: 'cpas', terms: ['CPAS', 'OCMW'] },
    ]);
  });

  it('rejects a term in two groups once normalised', () => {
    const problems = problemsOf({
      groups: [
        { id: 'homeless', terms: ['sans-abri', 'dakloos'] },
        { id: 'shelter', terms: ['Sans abri', 'nachtopvang'] },
      ],
    });
    expect(problems).toEqual([expect.stringContaining('already a term of group "homeless"')]);
  });

  it('rejects a term twice in one group', () => {
    expect(problemsOf({ groups: [{ id: 'a', terms: ['Kiné', 'kine'] }] })).toHaveLength(1);
  });

  it('rejects duplicate ids, single-term groups, empty terms and bad ids', () => {
    const problems = problemsOf({
      groups: [
        { id: 'a', terms: ['x', 'y'] },
        { id: 'a', terms: ['z', 'w'] },
        { id: 'b', terms: ['only'] },
        { id: 'c', terms: ['ok', '  '] },
        { id: 'd', terms: ['ok2', '-'] },
        { id: 'Not Kebab', terms: ['p', 'q'] },
      ],
    });
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('duplicate group id "a"'),
        expect.stringContaining('groups.2.terms'),
        expect.stringContaining('groups.3.terms.1'),
        expect.stringContaining('groups.4.terms.1'),
        expect.stringContaining('groups.5.id'),
      ]),
    );
  });

  it('rejects a file without groups', () => {
    expect(problemsOf({})).toHaveLength(1);
    expect(problemsOf({ groups: [] })).toHaveLength(1);
  });
});
