// The per-user token bucket: a burst at once, a steady refill, a wait time when it is spent, users apart, memory bounded.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rateLimiter.js';

function clocked(burst: number, perMinute: number, maxUsers?: number) {
  const clock = { now: 1_000_000 };
  return { clock, limiter: new RateLimiter({ burst, perMinute }, () => clock.now, maxUsers) };
}

describe('RateLimiter', () => {
  it('allows a burst at once, then says how long until the next token', () => {
    const { clock, limiter } = clocked(3, 12);
    for (let i = 0; i < 3; i++) expect(limiter.take('u')).toEqual({ allowed: true });
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterSeconds: 5 });
    clock.now += 4_000;
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.now += 1_000;
    expect(limiter.take('u')).toEqual({ allowed: true });
    expect(limiter.take('u').allowed).toBe(false);
  });

  it('refills at the steady rate up to the burst, never beyond', () => {
    const { clock, limiter } = clocked(2, 60);
    limiter.take('u');
    limiter.take('u');
    clock.now += 60 * 60_000;
    expect([limiter.take('u'), limiter.take('u'), limiter.take('u')].map((d) => d.allowed)).toEqual([true, true, false]);
  });

  it('refuses a flood without charging for the refusals, and nobody else is slowed', () => {
    const { clock, limiter } = clocked(5, 30);
    const flood = Array.from({ length: 50 }, () => limiter.take('flooder'));
    expect(flood.filter((d) => d.allowed)).toHaveLength(5);
    expect(limiter.take('other')).toEqual({ allowed: true });
    clock.now += 2_000;
    expect(limiter.take('flooder')).toEqual({ allowed: true });
  });

  it('remembers a bounded number of users, forgetting the longest idle first', () => {
    const { clock, limiter } = clocked(1, 1, 3);
    limiter.take('a');
    for (const user of ['b', 'c', 'd']) {
      clock.now += 1;
      limiter.take(user);
    }
    expect(limiter.users).toBe(3);
    expect(limiter.take('d').allowed).toBe(false);
    expect(limiter.take('a')).toEqual({ allowed: true });
  });
});
