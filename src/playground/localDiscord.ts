// The playground's one door to the local Discord (the stand-in), so moving the stand-in into src/ changes one import.
export {
  EVERYONE_PERMISSIONS,
  Permission,
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  messageContextInteraction,
  messageObject,
  startDiscordStandin,
  userObject,
  type DiscordStandin,
  type InteractionCallbackBody,
  type InteractionContext,
} from '../localDiscord/index.js';
