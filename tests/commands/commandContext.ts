// A CommandContext over the fixture corpus, so handlers run on plain data with no Discord at all.
import type { Answer, CommandContext } from '../../commands/command.js';
import type { TargetMessage } from '../../commands/messageText.js';
import { ResultsStore } from '../../src/bot/resultsStore.js';
import { passageRef } from '../../src/corpus/passageRef.js';
import { reloadReport } from '../../src/library/reloadReport.js';
import { toMessagePayload, type MessagePayload } from '../../src/render/reply.js';
import { buildIndex } from '../../src/search/index.js';
import { fixtureCorpus } from '../helpers/fixtureCorpus.js';

export const fixtureIndex = buildIndex(fixtureCorpus);
export const USER_ID = '1250000000000000300';
export const CHANNEL_ID = '1250000000000000200';

export function commandContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    index: fixtureIndex,
    stamp: fixtureIndex.fingerprint.slice(0, 8),
    userId: USER_ID,
    channelId: CHANNEL_ID,
    publicAllowed: true,
    results: new ResultsStore(),
    verifications: new ResultsStore(),
    reload: async () => [
      await reloadReport({
        current: fixtureIndex,
        reload: async () => ({ ok: true, index: fixtureIndex, previousFingerprint: fixtureIndex.fingerprint }),
      }),
    ],
    ...overrides,
  };
}

/** The message a payload becomes, as dispatch hands it to a button on it. */
export const messageOf = (payload: MessagePayload): TargetMessage => ({
  content: payload.content ?? '',
  embeds: payload.embeds,
  forwarded: [],
});

/** The payload Discord would get; toMessagePayload throws on what Discord would refuse outright. */
export async function payloadOf(answer: Answer | Promise<Answer>): Promise<MessagePayload> {
  return toMessagePayload((await answer).reply);
}

/** Every custom_id on a reply. */
export function customIds(payload: MessagePayload): string[] {
  return payload.components.flatMap((row) => row.components.map((button) => ('custom_id' in button ? button.custom_id : '')));
}

/** What a button carries for the fixture's passage `id`: the id and its words' fingerprint. */
export const ref = (id: string) => passageRef(fixtureCorpus.passageById.get(id)!);

/** What Discord shows for escaped text. */
export const shown = (markdown: string) => markdown.replace(/\*\*/gu, '').replace(/\\([^0-9A-Za-z\s])/gu, '$1');
