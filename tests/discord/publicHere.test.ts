// Where a reply may be public, from the place an interaction payload gives: a table over the kinds of place.
import { describe, expect, it } from 'vitest';
import type { APIInteraction } from 'discord.js';
import { placeOf } from '../../src/discord/interactionPlace.js';
import { publicHere } from '../../src/discord/publicHere.js';

const GUILD = '100';
const payload = (fields: Record<string, unknown>) =>
  ({ id: '1', guild_id: GUILD, authorizing_integration_owners: { '0': GUILD }, context: 0, ...fields }) as unknown as APIInteraction;

describe('publicHere', () => {
  const allowed = ['200', '210'];
  const cases: [string, Record<string, unknown>, boolean | RegExp][] = [
    ['a listed channel', { channel: { id: '200', type: 0 } }, true],
    ['a thread of a listed channel', { channel: { id: '301', type: 11, parent_id: '200' } }, true],
    ['a post of a listed forum', { channel: { id: '302', type: 11, parent_id: '210' } }, true],
    ['a private thread of a listed channel', { channel: { id: '303', type: 12, parent_id: '200' } }, true],
    ['a channel given only as channel_id', { channel_id: '200' }, true],
    ["an unlisted voice channel's chat", { channel: { id: '220', type: 2 } }, /this server allows, and their threads\.$/u],
    ['a thread of an unlisted channel', { channel: { id: '304', type: 11, parent_id: '230' } }, /this server allows/u],
    ['a DM with the bot', { guild_id: undefined, context: 1, channel: { id: '305', type: 1 } }, /not in direct messages\.$/u],
    [
      'a group DM through a user install',
      { guild_id: undefined, context: 2, authorizing_integration_owners: { '1': '9' }, channel: { id: '306', type: 3 } },
      /not in direct messages\.$/u,
    ],
    [
      'a server that only the user installed the app in',
      { authorizing_integration_owners: { '1': '9' }, channel: { id: '230', type: 0 } },
      /the server that runs it\.$/u,
    ],
  ];
  for (const [where, fields, expected] of cases) {
    it(`${expected === true ? 'allows' : 'refuses'} ${where}`, () => {
      const here = publicHere(placeOf(payload(fields)), allowed);
      if (expected === true) expect(here).toEqual({ allowed: true });
      else expect(here.allowed ? 'allowed' : here.why).toMatch(expected as RegExp);
    });
  }

  it('allows everywhere when no channel is listed', () => {
    expect(publicHere(placeOf(payload({ guild_id: undefined, context: 1, channel: { id: '305', type: 1 } })), [])).toEqual({
      allowed: true,
    });
  });
});
