// /cite and the Cite button on plain data: citations in copyable code blocks, only what documents state.
import { describe, expect, it } from 'vitest';
import { cite } from '../../commands/cite.js';
import { citePassage } from '../../src/cite/index.js';
import { commandContext, payloadOf } from './commandContext.js';

const run = (options: Record<string, string>) => cite.run({ options }, commandContext());

describe('/cite', () => {
  it('gives the one style asked for in a code block, privately', async () => {
    const payload = await payloadOf(run({ id: 'essay:1', style: 'apa' }));
    const citation = citePassage(commandContext().index.corpus, 'essay:1', 'apa')!;
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]!.description).toBe(`**APA**\n\`\`\`\n${citation}\n\`\`\``);
  });

  it('gives all four styles without a style, and from the Cite button', async () => {
    for (const answer of [run({ id: 'page:1' }), cite.buttons!.cite!('page:1', commandContext())]) {
      const description = (await payloadOf(answer)).embeds[0]!.description!;
      expect(description.match(/^\*\*(Chicago|APA|MLA|BibTeX)\*\*$/gmu)).toEqual(['**Chicago**', '**APA**', '**MLA**', '**BibTeX**']);
      expect(description).toContain('```bibtex\n@misc{page_1,');
    }
  });

  it('gives all four styles for a style it does not know', async () => {
    const payload = await payloadOf(run({ id: 'page:1', style: 'nonsense' }));
    expect(payload.embeds[0]!.description!.match(/```/gu)).toHaveLength(8);
  });

  it('explains an unknown id', async () => {
    expect((await payloadOf(run({ id: 'essay:9' }))).content).toContain('`essay` has 2 passages');
  });
});
