import { joined } from './postgres-documents';

describe('words joined across an apostrophe', () => {
  it('joins a name typed with an inner apostrophe, not elided articles', () => {
    expect(joined("Entr'aide des Marolles", 'l’aide d’urgence')).toBe('Entraide');
    expect(joined("aujourd'hui")).toBe('aujourdhui');
  });

  it('takes linear time on a long run of letters without an apostrophe (no quadratic backtracking)', () => {
    // 400,000 letters: a quadratic pattern needs ~10^11 steps (minutes); a linear one milliseconds.
    const long = 'a'.repeat(400_000);
    const started = process.hrtime.bigint();
    expect(joined(long, `${long}'b`)).toBe(`${long}b`);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(elapsedMs).toBeLessThan(2000);
  });
});
