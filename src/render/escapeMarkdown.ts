// Makes corpus text inert in Discord: no character of a document can format, link, mention or hide text.

// Discord drops a backslash before any ASCII punctuation, so escaping shows the character as written.
const SPECIAL = /[\\*_~`|[\]()<>#:@-]/gu;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (character) => `\\${character}`);
}
