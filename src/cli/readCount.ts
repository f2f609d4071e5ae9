// Reads a whole-number CLI option within bounds, or explains the problem as a usage error.
import { UsageError } from './usageError.js';

export function readCount(value: string | boolean | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/u.test(value.trim()) || n < min || n > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}`);
  }
  return n;
}
