// The HTTP mode's first answers: an interaction the bot has not acknowledged in time is deferred in the HTTP response,
// and its late answer reaches Discord as the edit or follow-up that deferral calls for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAnswers } from '../../src/discord/http/firstAnswers.js';
import { buttonInteraction, chatInputInteraction, startDiscordStandin, type DiscordStandin } from '../../src/localDiscord/index.js';
import { registerWithStandin } from '../e2e/httpReplicas.js';

let discord: DiscordStandin;

beforeAll(async () => {
  discord = await startDiscordStandin();
  await registerWithStandin(discord);
});

afterAll(() => discord?.close());

/** The interaction handed to a dispatch that answers only once `late` is called, after the HTTP response went out. */
async function unansweredInTime(payload: Parameters<DiscordStandin['createHttpInteraction']>[0]) {
  const answers = firstAnswers(discord.apiUrl, 0);
  const handle = discord.createHttpInteraction(payload);
  let finish!: () => void;
  const response = await answers.answer(handle.payload, () =>
    answers.handedOver(handle.id, new Promise<void>((resolve) => (finish = resolve))),
  );
  handle.recordHttpResponse(200, response);
  const late = async (body: unknown) => {
    const url = `${discord.apiUrl}/v10/interactions/${handle.id}/${handle.token}/callback?with_response=false`;
    const result = await answers.makeRequest(url, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    finish();
    return result.status;
  };
  return { handle, response, late };
}

describe('an interaction the bot does not acknowledge in time', () => {
  it('is deferred privately, and the late reply becomes the deferred message', async () => {
    const { handle, response, late } = await unansweredInTime(chatInputInteraction('help'));
    expect(response).toEqual({ type: 5, data: { flags: 64 } });
    expect(await late({ type: 4, data: { content: 'late answer', flags: 64 } })).toBe(200);
    expect(handle.originalMessage()).toMatchObject({ content: 'late answer', flags: 64 });
    expect(discord.unexpectedRequests()).toEqual([]);
  });

  it('is a silent deferral for a click: a late update edits the clicked message, a late reply follows up', async () => {
    const clicked = await unansweredInTime(buttonInteraction('pg:2:2:00000000:x', { message: { content: 'page 1' } }));
    expect(clicked.response).toEqual({ type: 6 });
    expect(await clicked.late({ type: 7, data: { content: 'page 2' } })).toBe(200);
    expect(clicked.handle.originalMessage()).toMatchObject({ content: 'page 2' });

    const other = await unansweredInTime(buttonInteraction('ctx:x', { message: { content: 'results' } }));
    expect(await other.late({ type: 4, data: { content: 'context', flags: 64 } })).toBe(204);
    expect(other.handle.requests.at(-1)).toMatchObject({ method: 'POST', body: { content: 'context', flags: 64 }, status: 204 });
    expect(discord.unexpectedRequests()).toEqual([]);
  });
});
