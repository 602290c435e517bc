import { TokenBuckets } from './rate-limit';

describe('TokenBuckets', () => {
  it('grants a burst, then one token per 60_000 / perMinute ms, each client on its own', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, 3, () => now);
    expect([1, 2, 3].map(() => buckets.take('a'))).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
    now += 1_000;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([0, 0, 0, 1]);
  });

  it('says how many whole seconds until the next token', () => {
    let now = 0;
    const buckets = new TokenBuckets(6, 1, () => now);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(10);
    now += 7_500;
    expect(buckets.take('a')).toBe(3);
  });
});
