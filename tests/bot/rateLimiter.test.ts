// The per-user rate limit: a budget per window, a wait time when it is spent, users apart.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rateLimiter.js';

describe('RateLimiter', () => {
  it('allows the budget, then says how long to wait, then allows again', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, 10_000, () => now);
    expect(limiter.take('u')).toEqual({ allowed: true });
    now += 1_000;
    expect(limiter.take('u')).toEqual({ allowed: true });
    now += 1_000;
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterSeconds: 8 });
    expect(limiter.take('other')).toEqual({ allowed: true });
    now += 8_001;
    expect(limiter.take('u')).toEqual({ allowed: true });
  });
});
