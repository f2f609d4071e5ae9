// Configures the Discord components before they load: their default avatars would come from Discord's CDN.
import type { Avatars } from '@skyra/discord-components-core';
import { localDefaultAvatars } from './avatars.js';

const local = localDefaultAvatars();
// The library reads `default` as a colour name or else as an image URL; its type admits only the names, whose images
// it resolves from the CDN before taking ours into account.
globalThis.$discordMessage = { avatars: { ...local, default: local.blue as Avatars['default'] } };
