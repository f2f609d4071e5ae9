// Reads corpus/variants.txt: spellings of one name or word that the corpus treats as the same when searching.
import { foldWord, WORD_SOURCE } from '../text/normalize.js';
import type { CorpusProblem } from './types.js';

const ONE_WORD = new RegExp(`^${WORD_SOURCE}$`, 'u');

/**
 * One group per line, spellings separated by commas (`MEK, MKO, PMOI`); `#` starts a comment. A group needs two
 * spellings or more, each a single word, and a spelling may stand in one group only (compared case- and
 * accent-insensitively). Problems are added with their line; the groups returned are the well-formed ones.
 */
export function parseVariantTable(file: string, content: string, problems: CorpusProblem[]): string[][] {
  const groups: string[][] = [];
  const firstLine = new Map<string, number>();
  content.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.replace(/#.*$/u, '').trim();
    if (text === '') return;
    const spellings = text.split(',').map((spelling) => spelling.trim());
    const bad = spellings.find((spelling) => !ONE_WORD.test(spelling));
    if (spellings.length < 2 || bad !== undefined) {
      const why = bad !== undefined ? `${JSON.stringify(bad)} is not a single word` : 'a group needs two spellings or more';
      problems.push({ file, line, message: `expected "Spelling, Other spelling, …": ${why}` });
      return;
    }
    const keys = spellings.map(foldWord);
    const repeated = spellings.find((_, i) => keys.indexOf(keys[i] as string) !== i);
    if (repeated !== undefined) {
      problems.push({ file, line, message: `"${repeated}" is listed twice in the group (spellings compare without case and accents)` });
      return;
    }
    for (const spelling of spellings) {
      const seen = firstLine.get(foldWord(spelling));
      if (seen !== undefined) {
        problems.push({ file, line, message: `"${spelling}" is already a variant on line ${seen}` });
        return;
      }
    }
    spellings.forEach((spelling) => firstLine.set(foldWord(spelling), line));
    groups.push(spellings);
  });
  return groups;
}
