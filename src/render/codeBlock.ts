// Text in a code block, shown exactly and easy to copy; only a run of three backticks could end the block early.
const FENCE = '```';

export function codeBlock(text: string, language = ''): string {
  // A zero-width space between the backticks keeps the text's own ``` from closing our block.
  return `${FENCE}${language}\n${text.replaceAll(FENCE, '`\u200b``')}\n${FENCE}`;
}
