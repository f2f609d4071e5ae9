// Whether a reply may be public where the interaction was used (ALLOWED_CHANNEL_IDS), and if not, the line that says why.
import type { Place } from './interactionPlace.js';

export type PublicHere = { allowed: true } | { allowed: false; why: string };

/** A server's DM contexts (1, 2) or no server at all: Discord's "Interaction Context Types". */
const inDirectMessage = (place: Place) =>
  place.context === 1 ||
  place.context === 2 ||
  (place.context === null && place.channelType !== null && [1, 3].includes(place.channelType));

/**
 * `allowed` empty: public anywhere. Otherwise public only in a listed channel or in a thread or forum post whose parent
 * is listed (threads count as their parent channel, and a channel as its category, its `parent_id` too), wherever
 * discord.js has or has not seen the channel.
 */
export function publicHere(place: Place, allowed: readonly string[]): PublicHere {
  if (allowed.length === 0) return { allowed: true };
  if ([place.channelId, place.parentId].some((id) => id !== null && allowed.includes(id))) return { allowed: true };
  if (inDirectMessage(place))
    return {
      allowed: false,
      why: 'Only you can see this: Verbatim posts publicly only in the server channels it is allowed in, not in direct messages.',
    };
  if (!place.installedHere)
    return {
      allowed: false,
      why: 'Only you can see this: Verbatim posts publicly only in the channels allowed by the server that runs it.',
    };
  return {
    allowed: false,
    why: 'Only you can see this: Verbatim posts publicly only in the channels this server allows, and their threads.',
  };
}
