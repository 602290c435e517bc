import { parseAddress, parseBelgianPhones, parseLanguages } from './field-parsers';

describe('record field parsers', () => {
  it('normalises Belgian phone numbers to E.164 and drops the rest', () => {
    expect(parseBelgianPhones('02/529.41.20 (telephone permanence 8h-12h / 13h-16h)')).toEqual([
      '+3225294120',
    ]);
    expect(parseBelgianPhones('02 376 72 22')).toEqual(['+3223767222']);
    expect(parseBelgianPhones('02/435.50.90 ; 02/240.30.80')).toEqual([
      '+3224355090',
      '+3222403080',
    ]);
    expect(parseBelgianPhones('0473 18 28 35 (youth listening point)')).toEqual(['+32473182835']);
    expect(parseBelgianPhones('call center')).toEqual([]);
  });

  it('reads language codes and language names', () => {
    expect(parseLanguages('fr, nl')).toEqual(['fr', 'nl']);
    expect(parseLanguages('team speaks Spanish, Russian, Dutch, Arabic, English')).toEqual([
      'es',
      'ru',
      'nl',
      'ar',
      'en',
    ]);
    expect(parseLanguages('works with professional interpreters')).toEqual([]);
    expect(parseLanguages('')).toEqual([]);
  });

  it('splits street and number conservatively', () => {
    expect(parseAddress('Avenue Raymond Vander Bruggen 62-64, 1070 Anderlecht')).toEqual({
      streetFr: 'Avenue Raymond Vander Bruggen',
      streetNl: null,
      number: '62-64',
      postcode: '1070',
    });
    expect(parseAddress('Rue Haute 296, 1000 Bruxelles (Hoogstraat 296)')).toMatchObject({
      streetFr: 'Rue Haute',
      streetNl: 'Hoogstraat',
      number: '296',
    });
    expect(parseAddress('Rue Stephenson (house number not given), Schaerbeek')).toMatchObject({
      streetFr: 'Rue Stephenson',
      number: null,
    });
    expect(parseAddress('12 rue X, 1000 Bruxelles').streetFr).toBe('12 rue X, 1000 Bruxelles');
  });
});
