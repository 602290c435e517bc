import { emailProblems, languageProblems, urlProblems } from './contact';
import { ISO_639_1, ISO_639_1_CODES } from './iso-639-1';

describe('emailProblems', () => {
  it.each(['info@example.be', 'first.last+tag@sub.example.brussels', 'a@b.co'])(
    'accepts %s',
    (value) => {
      expect(emailProblems(value, 'email')).toEqual([]);
    },
  );

  it.each([
    ['no @', 'info.example.be'],
    ['two @', 'info@@example.be'],
    ['nothing before @', '@example.be'],
    ['no dot in the domain', 'info@example'],
    ['an empty label', 'info@example..be'],
    ['a trailing dot', 'info@example.'],
    ['a space', 'info @example.be'],
    ['too long', `${'a'.repeat(250)}@x.be`],
  ])('rejects %s', (_why, value) => {
    const problems = emailProblems(value, 'organisation.email');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('organisation.email');
    expect(problems[0]?.message).toContain(value);
  });

  it('accepts exactly 254 characters', () => {
    expect(emailProblems(`${'a'.repeat(249)}@x.be`, 'email')).toEqual([]);
  });
});

describe('urlProblems', () => {
  it.each([
    'https://www.example.be',
    'http://example.brussels/fr/services?q=1#top',
    'https://sub.domain.example.be:8443/path',
  ])('accepts %s', (value) => {
    expect(urlProblems(value, 'url')).toEqual([]);
  });

  it.each([
    ['not parseable', 'www.example.be'],
    ['ftp', 'ftp://files.example.be'],
    ['mailto', 'mailto:info@example.be'],
    ['localhost', 'http://localhost:3000'],
    ['a localhost subdomain', 'http://app.localhost'],
    ['a host without a dot', 'https://intranet/page'],
    ['too long', `https://example.be/${'a'.repeat(2048)}`],
  ])('rejects %s', (_why, value) => {
    const problems = urlProblems(value, 'service.url');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('service.url');
  });
});

describe('languageProblems', () => {
  it('holds the 184 ISO 639-1 codes, each two lower-case letters, once', () => {
    expect(ISO_639_1_CODES).toHaveLength(184);
    expect(ISO_639_1.size).toBe(184);
    expect(ISO_639_1_CODES.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
    expect([...ISO_639_1_CODES].sort()).toEqual(ISO_639_1_CODES);
  });

  it('accepts the languages of Brussels services', () => {
    expect(languageProblems(['fr', 'nl', 'en', 'ar', 'tr', 'ro', 'pl', 'es', 'ln'], 'l')).toEqual(
      [],
    );
  });

  it('accepts an empty list', () => {
    expect(languageProblems([], 'l')).toEqual([]);
  });

  it('names each bad item by its index', () => {
    expect(languageProblems(['fr', 'xx', 'FR', 'fra', 'fr'], 'service.languages')).toEqual([
      { field: 'service.languages[1]', message: expect.stringContaining("'xx'") },
      { field: 'service.languages[2]', message: expect.stringContaining("write it 'fr'") },
      { field: 'service.languages[3]', message: expect.stringContaining("'fra'") },
      { field: 'service.languages[4]', message: expect.stringContaining('more than once') },
    ]);
  });
});
