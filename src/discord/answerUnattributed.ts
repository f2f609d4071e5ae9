// Interactions whose payload names neither a member nor a user: discord.js cannot build them (it throws, an unhandled
// rejection with no interaction id), so they are answered here, privately, and logged with their id.
import { Events, GatewayDispatchEvents, InteractionResponseType, InteractionType, Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { notice } from '../render/notice.js';
import { toMessagePayload } from '../render/reply.js';

interface RawInteraction {
  id: string;
  token: string;
  type: number;
  user?: unknown;
  member?: { user?: unknown };
}

function responseTo(type: number) {
  if (type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  const reply = notice('Discord did not say who sent this, so Verbatim cannot answer it; please try again.');
  return { type: InteractionResponseType.ChannelMessageWithSource, data: toMessagePayload(reply) };
}

export function answerUnattributed(client: Client, log: Logger): void {
  // 'raw' is emitted with the very packet discord.js handles next, before it builds the interaction.
  client.on(Events.Raw, (packet: { t: string | null; d: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const interaction = packet.d as RawInteraction;
    if (interaction.user || interaction.member?.user) return;
    // An event name discord.js has no handler for: it skips the packet instead of throwing on it.
    packet.t = 'VERBATIM_UNATTRIBUTED_INTERACTION';
    const itsLog = log.child({ interaction: interaction.id, type: interaction.type });
    itsLog.warn({ outcome: 'unattributed' }, 'interaction names no member or user; answered without running it');
    client.rest
      .post(Routes.interactionCallback(interaction.id, interaction.token), { body: responseTo(interaction.type), auth: false })
      .catch((error: unknown) => itsLog.warn({ err: error }, 'could not answer an interaction that names no user'));
  });
}
