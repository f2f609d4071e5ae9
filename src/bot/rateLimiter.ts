// Per-user token buckets: a burst allowed at once, refilled at a steady rate; the clock is passed in so tests need no waiting.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A bucket of `burst` tokens (what may be used at once), refilled at `perMinute` tokens a minute. */
export interface BucketSettings {
  burst: number;
  perMinute: number;
}

/** Commands (and buttons that post publicly) draw on one bucket, the other buttons on one's own results on another. */
export interface RateLimits {
  commands: RateLimiter;
  buttons: RateLimiter;
}

/** Users remembered at most: beyond that the least recently active is forgotten, and starts again with a full bucket. */
const MAX_USERS = 10_000;

export class RateLimiter {
  /** Insertion order is recency: each attempt moves its user to the end, so the first entry is the longest idle. */
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly settings: BucketSettings,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = MAX_USERS,
  ) {}

  /** Takes a token for `userId` if there is one; a refused attempt costs nothing, so a flood ends as soon as it stops. */
  take(userId: string): RateDecision {
    const now = this.now();
    const perMs = this.settings.perMinute / 60_000;
    const held = this.buckets.get(userId);
    const tokens = held ? Math.min(this.settings.burst, held.tokens + (now - held.at) * perMs) : this.settings.burst;
    const allowed = tokens >= 1;
    this.buckets.delete(userId);
    this.buckets.set(userId, { tokens: allowed ? tokens - 1 : tokens, at: now });
    if (this.buckets.size > this.maxUsers) this.buckets.delete(this.buckets.keys().next().value!);
    return allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  /** How many users are remembered. */
  get users(): number {
    return this.buckets.size;
  }
}
