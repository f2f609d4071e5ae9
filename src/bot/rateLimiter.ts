// Per-user rate limit over a sliding window, with a clock passed in so tests need no waiting.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly count: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt by `userId` and says whether it may go ahead. */
  take(userId: string): RateDecision {
    const now = this.now();
    const since = now - this.windowMs;
    const times = (this.recent.get(userId) ?? []).filter((time) => time > since);
    if (times.length >= this.count) {
      this.recent.set(userId, times);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000)) };
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.forgetIdle(since);
    return { allowed: true };
  }

  // Keeps memory bounded on a busy server: users with no attempt in the window are dropped.
  private forgetIdle(since: number): void {
    for (const [user, times] of this.recent) {
      if (times.every((time) => time <= since)) this.recent.delete(user);
    }
  }
}
