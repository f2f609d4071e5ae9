// Suggestions for filter options: what the filter would read the typed text as first, then values containing it.
import { describe, expect, it } from 'vitest';
import { suggestValues } from '../../commands/suggest.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { buildCorpus, fixtureCorpus } from '../helpers/fixtureCorpus.js';

describe('suggestValues', () => {
  it('offers documents by id with their titles as names, matching id or title in any case', () => {
    expect(suggestValues(fixtureCorpus, 'document', 'COSTS')).toEqual([
      { name: 'A Revolutionary Diplomacy; the Costs and Achievements', value: 'essay' },
    ]);
    expect(suggestValues(fixtureCorpus, 'document', 'tap').map((c) => c.value)).toEqual(['tapes']);
  });

  it('offers every known value, sorted, while nothing is typed', () => {
    expect(suggestValues(fixtureCorpus, 'speaker', '').map((c) => c.value)).toEqual(['General Saber', 'Haboush', 'Rajavi']);
    expect(suggestValues(fixtureCorpus, 'author', ' ').map((c) => c.value)).toEqual(['Bahar Irani']);
  });

  it('puts what the filter reads the text as first, even when no name contains the text', () => {
    expect(suggestValues(fixtureCorpus, 'speaker', 'Massoud Rajavi').map((c) => c.value)).toEqual(['Rajavi']);
    expect(suggestValues(fixtureCorpus, 'document', 'diplomacy costs').map((c) => c.value)).toEqual(['essay']);
    expect(suggestValues(fixtureCorpus, 'speaker', 'nobody')).toEqual([]);
  });

  it('offers at most 25 values, each within Discord’s limits and offered once', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Author ${'x'.repeat(i * 3)} Irani ${i}`);
    const corpus = buildCorpus(
      names.map((author, i) => ({
        id: `d-${i}`,
        title: `Title ${i}`,
        type: 'letter',
        author,
        seed: 's.txt',
        passages: [{ text: 'Text.' }],
      })),
    );
    const choices = suggestValues(corpus, 'author', 'irani');
    expect(choices).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteName);
      expect(choice.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteValue);
    }
  });
});
