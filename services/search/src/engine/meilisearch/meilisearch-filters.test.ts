import {
  anyOf,
  geoRadius,
  numberLiteral,
  organisationFilter,
  quote,
  serviceFilter,
  servicesFilter,
} from './meilisearch-filters';

const DEFAULTS = ['status IN ["ACTIVE", "TEMPORARILY_CLOSED"]', 'archived = false'];

describe('quote', () => {
  it('double-quotes a value', () => {
    expect(quote('commune:21004')).toBe('"commune:21004"');
  });

  it('escapes quotes and backslashes so that a value cannot close the string', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('a\\b')).toBe('"a\\\\b"');
    expect(quote('x" OR archived = true OR "')).toBe('"x\\" OR archived = true OR \\""');
    expect(quote('\\"')).toBe('"\\\\\\""');
  });

  it('keeps accents, apostrophes and brackets as they are', () => {
    expect(quote("Gare de l'Ouest [1080]")).toBe('"Gare de l\'Ouest [1080]"');
  });
});

describe('numberLiteral', () => {
  it('writes finite numbers and refuses the others', () => {
    expect(numberLiteral(50.8466)).toBe('50.8466');
    expect(numberLiteral(-4.5)).toBe('-4.5');
    expect(numberLiteral(1500)).toBe('1500');
    expect(numberLiteral(1e-7)).toBe('0.0000001');
    expect(numberLiteral(4.123456789)).toBe('4.1234568');
    expect(() => numberLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => numberLiteral(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('anyOf', () => {
  it('uses = for one value and IN for several, without duplicates', () => {
    expect(anyOf('types', ['cpas'])).toBe('types = "cpas"');
    expect(anyOf('types', ['cpas', 'casg', 'cpas'])).toBe('types IN ["cpas", "casg"]');
  });
});

describe('serviceFilter', () => {
  it('applies the default statuses and hides archived documents', () => {
    expect(serviceFilter({})).toEqual(DEFAULTS);
  });

  it('ORs the values of a list filter and ANDs the filters', () => {
    expect(
      serviceFilter({
        types: ['mental-health', 'family-planning'],
        commune: ['commune:21004'],
        languages: ['fr', 'nl'],
        publics: ['youth'],
        bassin: ['bassin:nord-ouest'],
        groupement: ['groupement:7'],
        authorities: ['COCOF'],
      }),
    ).toEqual([
      'types IN ["mental-health", "family-planning"]',
      'bassin = "bassin:nord-ouest"',
      'groupement = "groupement:7"',
      'commune = "commune:21004"',
      'languages IN ["fr", "nl"]',
      'publics = "youth"',
      'authorities = "COCOF"',
      ...DEFAULTS,
    ]);
  });

  it('ignores empty lists', () => {
    expect(serviceFilter({ types: [], languages: [], access: [] })).toEqual(DEFAULTS);
  });

  it('requires every access condition', () => {
    expect(serviceFilter({ access: ['free', 'anonymous'] })).toEqual([
      'access = "free"',
      'access = "anonymous"',
      ...DEFAULTS,
    ]);
  });

  it('filters a territory by where the site lies, what the service serves, or either', () => {
    const id = 'quartier:gare-de-l-ouest';
    expect(serviceFilter({ territory: { id, mode: 'LOCATED_IN' } })[0]).toBe(
      `(locatedIn = "${id}" OR possibleIn = "${id}")`,
    );
    expect(serviceFilter({ territory: { id, mode: 'SERVES' } })[0]).toBe(`serves = "${id}"`);
    expect(serviceFilter({ territory: { id, mode: 'BOTH' } })[0]).toBe(
      `(locatedIn = "${id}" OR possibleIn = "${id}" OR serves = "${id}")`,
    );
  });

  it('escapes every value it writes', () => {
    const filter = serviceFilter({
      types: ['a" OR "1" = "1'],
      territory: { id: 'x"y', mode: 'BOTH' },
      organisationId: 'org\\"',
    });
    expect(filter).toEqual([
      'types = "a\\" OR \\"1\\" = \\"1"',
      '(locatedIn = "x\\"y" OR possibleIn = "x\\"y" OR serves = "x\\"y")',
      ...DEFAULTS,
      'organisationId = "org\\\\\\""',
    ]);
  });

  it('filters on an opening quarter hour, refusing anything but an integer', () => {
    expect(serviceFilter({ openQuarter: 0 })[0]).toBe('openQuarters = 0');
    expect(serviceFilter({ openQuarter: 417 })[0]).toBe('openQuarters = 417');
    expect(() => serviceFilter({ openQuarter: 1.5 })).toThrow(RangeError);
  });

  it('takes explicit statuses and archived documents when asked', () => {
    expect(serviceFilter({ statuses: ['INACTIVE'], includeArchived: true })).toEqual([
      'status = "INACTIVE"',
    ]);
    expect(serviceFilter({ statuses: [] })).toEqual(DEFAULTS);
  });

  it('filters by organisation', () => {
    expect(serviceFilter({ organisationId: 'org:cpas-anderlecht' })).toEqual([
      ...DEFAULTS,
      'organisationId = "org:cpas-anderlecht"',
    ]);
  });

  it('filters real or synthetic records only when asked', () => {
    expect(serviceFilter({ synthetic: false })).toEqual([...DEFAULTS, 'synthetic = false']);
    expect(serviceFilter({ synthetic: true })).toEqual([...DEFAULTS, 'synthetic = true']);
    expect(serviceFilter({ synthetic: undefined })).toEqual(DEFAULTS);
  });

  it('adds a radius around a point only when one is given', () => {
    const point = { lat: 50.8489, lng: 4.3216 };
    expect(serviceFilter({}, point)).toEqual(DEFAULTS);
    expect(serviceFilter({}, { ...point, radiusMeters: 1500 })).toEqual([
      ...DEFAULTS,
      '_geoRadius(50.8489, 4.3216, 1500)',
    ]);
    expect(() => serviceFilter({}, { lat: Number.NaN, lng: 4, radiusMeters: 10 })).toThrow(
      RangeError,
    );
  });
});

describe('geoRadius', () => {
  it('writes the point and the radius', () => {
    expect(geoRadius({ lat: 50.85, lng: 4.35 }, 250.5)).toBe('_geoRadius(50.85, 4.35, 250.5)');
  });
});

describe('organisationFilter', () => {
  it('hides archived organisations unless asked', () => {
    expect(organisationFilter()).toEqual(['archived = false']);
    expect(organisationFilter(true)).toEqual([]);
  });
});

describe('servicesFilter', () => {
  it('selects every document of the services', () => {
    expect(servicesFilter(['service:1', 'service:2'])).toBe(
      'serviceId IN ["service:1", "service:2"]',
    );
  });
});
