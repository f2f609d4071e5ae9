// Discord's message limits, in one place, so every reply can be checked against the same numbers.

export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedFields: 25,
  embedTotal: 6000,
  embeds: 10,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  autocompleteName: 100,
  autocompleteValue: 100,
} as const;
