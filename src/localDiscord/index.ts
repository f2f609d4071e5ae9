// Public entry point of the Discord stand-in used by end-to-end tests.
export {
  startDiscordStandin,
  type DiscordStandin,
  type HttpInteractionHandle,
  type InteractionHandle,
  type StandinOptions,
} from './standin.js';
export {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  componentMessage,
  messageContextInteraction,
  modalSubmitInteraction,
  type ChatInputOptions,
  type InteractionContext,
} from './interactions.js';
export { ALL_PERMISSIONS, BOT_ROLE_PERMISSIONS, EVERYONE_PERMISSIONS, Permission } from './permissions.js';
export { DEFAULT_IDS, defaultUser, interactionMember, messageObject, userObject, type StandinIds } from './fixtures.js';
export type { GatewayPayload, GatewaySession } from './gateway.js';
export type { InteractionCallbackBody, RecordedRequest, RegisteredCommands } from './state.js';
export type { RecordedFile } from './body.js';
export type { RestFault } from './faults.js';
