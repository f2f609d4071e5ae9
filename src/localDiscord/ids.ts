// Snowflake and token generators, so every id the stand-in hands out looks like a real Discord one.
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

export function isoFromSnowflake(id: string): string {
  return new Date(snowflakeTimestamp(id)).toISOString();
}

/** Interaction tokens are long opaque url-safe strings; length matters to nobody, shape does. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}

/** Same three-part shape as a real bot token, so code that splits on '.' keeps working. */
export function botToken(userId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
}
