// /cite and the Cite button on plain data: citations in copyable code blocks, only what documents state.
import { describe, expect, it } from 'vitest';
import { cite } from '../../commands/cite.js';
import { citePassage } from '../../src/cite/index.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { commandContext, payloadOf } from './commandContext.js';

const run = (options: Record<string, string>) => cite.run({ options }, commandContext());

describe('/cite', () => {
  it('gives the one style asked for in a code block, privately', async () => {
    const payload = await payloadOf(run({ id: 'essay:1', style: 'apa' }));
    const citation = citePassage(commandContext().index.corpus, 'essay:1', 'apa')!;
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]!.description).toBe(`**APA**\n\`\`\`\n${citation}\n\`\`\``);
  });

  it("gives every style and export without a style, and from the Cite button, within Discord's limits", async () => {
    for (const answer of [run({ id: 'page:1' }), cite.buttons!.cite!('page:1', commandContext())]) {
      const description = (await payloadOf(answer)).embeds[0]!.description!;
      expect(description.match(/^\*\*[\w-]+\*\*$/gmu)).toEqual([
        '**Chicago**',
        '**APA**',
        '**MLA**',
        '**BibTeX**',
        '**RIS**',
        '**CSL-JSON**',
      ]);
      expect(description).toContain('```bibtex\n@misc{page_1,');
      expect(description).toContain('```\nTY  - ELEC\n');
      expect(description).toMatch(/```json\n\[\n {2}\{\n {4}"id": "page:1",/u);
      expect(description.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    }
  });

  it('gives a RIS record and CSL-JSON that read back from their code blocks', async () => {
    const corpus = commandContext().index.corpus;
    for (const style of ['ris', 'csl-json'] as const) {
      const description = (await payloadOf(run({ id: 'page:1', style }))).embeds[0]!.description!;
      const body = /```\w*\n([^]*)\n```$/u.exec(description)?.[1];
      expect(body).toBe(citePassage(corpus, 'page:1', style));
    }
  });

  it('gives everything for a style it does not know', async () => {
    const payload = await payloadOf(run({ id: 'page:1', style: 'nonsense' }));
    expect(payload.embeds[0]!.description!.match(/```/gu)).toHaveLength(12);
  });

  it('explains an unknown id', async () => {
    expect((await payloadOf(run({ id: 'essay:9' }))).content).toContain('`essay` has 2 passages');
  });
});
