// REST faults a test can ask the stand-in to send instead of (or after) handling a request: rate limits, server errors,
// connection resets before or after Discord acted, and slow answers. Each applies to the next requests it matches.
import type { RouteResponse } from './router.js';

export type RestFault =
  /** 429 with Retry-After; `global` is the bot-wide limit, otherwise the per-route ("user") one. */
  | { kind: 'rate-limit'; retryAfterSeconds: number; global?: boolean }
  /** A 5xx, which Discord sends when it failed to act. */
  | { kind: 'server-error'; status?: number }
  /** Any Discord JSON error, e.g. 10062 or 40060, without acting. */
  | { kind: 'error'; status: number; code: number; message: string }
  /** The connection drops: `before` Discord saw the request, or `after` it acted on it and before the answer arrived. */
  | { kind: 'reset'; when: 'before' | 'after' }
  /** Discord answers, `ms` late. */
  | { kind: 'slow'; ms: number };

export interface FaultRule {
  /** Which requests, by method and path after /api/v10 (e.g. `/interactions/…/callback`). */
  matches(method: string, path: string): boolean;
  fault: RestFault;
  /** How many matching requests get the fault. */
  times: number;
}

export class RestFaults {
  readonly #rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.#rules.push(rule);
  }

  /** The fault for this request, if a rule matches it; each use counts against its rule. */
  take(method: string, path: string): RestFault | undefined {
    const rule = this.#rules.find((r) => r.times > 0 && r.matches(method, path));
    if (!rule) return undefined;
    rule.times--;
    return rule.fault;
  }
}

/** The answer Discord gives for a fault that is an answer (not a reset or a delay). */
export function faultResponse(fault: RestFault): RouteResponse | undefined {
  switch (fault.kind) {
    case 'rate-limit': {
      const scope = fault.global ? 'global' : 'user';
      return {
        status: 429,
        headers: {
          'retry-after': String(Math.ceil(fault.retryAfterSeconds)),
          'x-ratelimit-scope': scope,
          ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
        },
        body: { message: 'You are being rate limited.', retry_after: fault.retryAfterSeconds, global: fault.global === true },
      };
    }
    case 'server-error':
      return { status: fault.status ?? 500, body: { message: '500: Internal Server Error', code: 0 } };
    case 'error':
      return { status: fault.status, body: { message: fault.message, code: fault.code } };
    default:
      return undefined;
  }
}
