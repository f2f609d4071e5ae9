// Keeps what a reply's buttons need later (a search's parameters for Previous/Next, a verification for Share), for a
// while and up to a cap, so memory stays bounded.
import { randomBytes } from 'node:crypto';
import type { SearchFilters } from '../search/index.js';
import type { Verification } from '../verify/index.js';

export interface SavedSearch {
  query: string;
  filters: SearchFilters;
  perPage: number;
  /** The corpus the results came from: after a reload the pages would be of different results. */
  fingerprint: string;
}

export interface SavedVerification {
  verification: Verification;
  /** The corpus it was checked against: after a reload its passages and offsets may be different. */
  fingerprint: string;
}

export class ResultsStore<T = SavedSearch> {
  private readonly entries = new Map<string, { value: T; savedAt: number }>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A short key for custom_ids. */
  save(value: T): string {
    const key = randomBytes(6).toString('base64url');
    this.entries.set(key, { value, savedAt: this.now() });
    // Maps iterate in insertion order, so the first entries are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /** What was saved, or undefined when the key is unknown or its time is up. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.savedAt > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }
}
