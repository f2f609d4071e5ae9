// Where an interaction was used, read from the payload Discord sent: discord.js resolves `interaction.channel` from its
// cache, which lacks threads and forum posts the bot never saw, voice channels' chat, DMs and user-installed contexts.
import { Events, GatewayDispatchEvents, type APIInteraction, type Client, type GatewayDispatchPayload, type Interaction } from 'discord.js';

export interface Place {
  /** The channel, thread, forum post or DM it was used in (the payload's `channel.id`, else `channel_id`). */
  channelId: string | null;
  /** A thread's or forum post's parent channel (`channel.parent_id`); null elsewhere. */
  parentId: string | null;
  /** Discord's channel type: 0 text, 1 DM, 2 voice, 3 group DM, 10–12 threads (forum posts are 11), 13 stage… */
  channelType: number | null;
  /** Discord's interaction context type: 0 a server, 1 a DM with the bot, 2 another DM or group DM; null if not sent. */
  context: number | null;
  /** The server it was used in installed the app (`authorizing_integration_owners["0"]`), rather than only the user. */
  installedHere: boolean;
}

/** See "Interaction Object" in Discord's "Receiving and Responding" docs: `channel` is a partial channel object. */
export function placeOf(raw: APIInteraction): Place {
  const channel = raw.channel as { id?: string; type?: number; parent_id?: string | null } | undefined;
  const owners = (raw.authorizing_integration_owners ?? {}) as Record<string, string | undefined>;
  return {
    channelId: channel?.id ?? raw.channel_id ?? null,
    parentId: channel?.parent_id ?? null,
    channelType: channel?.type ?? null,
    context: raw.context ?? null,
    installedHere: raw.guild_id !== undefined && owners['0'] === raw.guild_id,
  };
}

/** How many payloads are kept for interactions discord.js has not emitted (it drops some, e.g. in non-text channels). */
const KEPT = 100;

/**
 * Keeps the place of each INTERACTION_CREATE as it arrives: discord.js emits the raw packet, then the interaction, in
 * the same tick, and the dispatch takes it at once (each is read once).
 */
export function watchPlaces(client: Client): (interaction: Interaction) => Place {
  const places = new Map<string, Place>();
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    places.set(packet.d.id, placeOf(packet.d));
    if (places.size > KEPT) places.delete(places.keys().next().value!);
  });
  return (interaction) => {
    const place = places.get(interaction.id);
    places.delete(interaction.id);
    // Only an interaction built without its packet (none reach the dispatch so) lacks one: then nothing is known of it.
    return (
      place ?? { channelId: interaction.channelId, parentId: null, channelType: null, context: interaction.context, installedHere: false }
    );
  };
}
