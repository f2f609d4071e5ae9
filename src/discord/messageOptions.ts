// Turns a reply description into what discord.js sends, through the one payload builder (limits, no mentions).
import { toMessagePayload, type Reply } from '../render/reply.js';

/**
 * discord.js reads `allowedMentions`, not the API's `allowed_mentions` (which it would silently drop, leaving pings
 * on), so the payload's setting is carried over here. Content is always sent, so an edit clears any earlier text.
 */
export function messageOptions(reply: Reply) {
  const { allowed_mentions: allowedMentions, content = '', ...rest } = toMessagePayload(reply);
  return { ...rest, content, allowedMentions };
}

/** For edits and updates: a message's privacy is fixed when it is first sent. */
export function editOptions(reply: Reply) {
  const { flags: _fixed, ...options } = messageOptions(reply);
  return options;
}
