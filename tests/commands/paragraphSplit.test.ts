// A corpus edited after ids were shared: a paragraph of `talk` split (its later passages renumbered, their ids reused)
// and two paragraphs of `notes` joined (its last id retired). `npm run manifest:update` records the aliases, and every
// id and button made before the edit still leads to the words it named.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, CommandContext } from '../../commands/command.js';
import { cite } from '../../commands/cite.js';
import { context } from '../../commands/context.js';
import { quote } from '../../commands/quote.js';
import { share } from '../../commands/share.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildIndex } from '../../src/search/index.js';
import { updateManifest } from '../manifest/manifestUpdate.js';
import { documentFile, writeTempCorpus } from '../helpers/tempCorpus.js';
import { runCliCaptured } from '../helpers/runCliCaptured.js';
import { commandContext, customIds, payloadOf, shown } from './commandContext.js';

const DAY = '2025-03-01';
const PROVERB = 'We have an Arabic proverb: brothers show themselves in hardship.';
const talk = (split: boolean) =>
  documentFile(
    'talk',
    ['Opening words of the talk.', `The first claim.${split ? '\n\n' : ' '}The second claim follows it.`, PROVERB, 'Closing words.'].join(
      '\n\n',
    ),
  );
const notes = (joined: boolean) => documentFile('notes', `Alpha line.${joined ? ' ' : '\n\n'}Beta line.\n\nGamma line.`);

let corpusDir: string;
let printed: string[];
let before: CommandContext;
let after: CommandContext;

async function contextOf(dir: string): Promise<CommandContext> {
  const index = buildIndex(await loadCorpus(dir));
  return commandContext({ index, stamp: index.fingerprint.slice(0, 8) });
}

beforeAll(async () => {
  corpusDir = await writeTempCorpus({ 'talk.txt': talk(false), 'notes.txt': notes(false) });
  const manifest = path.join(corpusDir, 'passages.tsv');
  await updateManifest(corpusDir, manifest, '2025-01-01');
  before = await contextOf(corpusDir);
  await writeFile(path.join(corpusDir, 'documents', 'talk.txt'), talk(true));
  await writeFile(path.join(corpusDir, 'documents', 'notes.txt'), notes(true));
  printed = await updateManifest(corpusDir, manifest, DAY);
  after = await contextOf(corpusDir);
});

/** The custom_ids on the private /quote of `id` as the corpus was before the edit. */
async function buttonsBefore(id: string): Promise<string[]> {
  return customIds(await payloadOf(quote.run({ options: { 'id-or-words': id, private: true } }, before)));
}

/** Clicks a button by its custom_id, in the corpus after the edit. */
function click(customId: string): Answer | Promise<Answer> {
  const [prefix = '', ...rest] = customId.split(':');
  const owner = { share, ctx: context, cite }[prefix]!;
  return owner.buttons![prefix]!(rest.join(':'), after);
}

describe('npm run manifest:update after a paragraph split and a join', () => {
  it('records every renumbered id, dated and with the reason, and prints what it added', async () => {
    const aliases = await readFile(path.join(corpusDir, 'aliases.txt'), 'utf8');
    const lines = aliases.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines).toEqual([
      'notes:3 => notes:2  # 2025-03-01 renumbered: notes:2 removed: “Beta line.”',
      'talk:3 => talk:4  # 2025-03-01 renumbered: talk:3 added: “The second claim follows it.”',
      'talk:4 => talk:5  # 2025-03-01 renumbered: talk:3 added: “The second claim follows it.”',
    ]);
    expect(printed).toEqual(expect.arrayContaining(['  added talk:3 => talk:4', '  added talk:4 => talk:5', '  added notes:3 => notes:2']));
  });

  it('points lines at where their words went when they move again, so no line leads to another', async () => {
    const dir = await writeTempCorpus({ 'talk.txt': talk(true) });
    const manifest = path.join(dir, 'passages.tsv');
    await updateManifest(dir, manifest, DAY);
    await writeFile(path.join(dir, 'aliases.txt'), 'old-talk:9 => talk:4  # moved by hand\n');
    await writeFile(
      path.join(dir, 'documents', 'talk.txt'),
      talk(true).replace('Opening words of the talk.', 'Opening words.\n\nOf the talk.'),
    );
    const report = await updateManifest(dir, manifest, '2025-04-01');
    const aliases = (await readFile(path.join(dir, 'aliases.txt'), 'utf8')).split('\n');
    expect(aliases[0]).toBe('old-talk:9 => talk:5  # moved by hand');
    expect(aliases).toContain('talk:4 => talk:5  # 2025-04-01 renumbered: talk:2 added: “Of the talk.”');
    expect(report).toContain('  rewrote old-talk:9 => talk:5 (was => talk:4)');
    expect((await loadCorpus(dir)).aliases.get('old-talk:9')).toEqual({ to: 'talk:5' });
  });

  it('keeps what an id named before an earlier renumbering when a later one reuses it again, and says so', async () => {
    const dir = await writeTempCorpus({ 'talk.txt': talk(false) });
    const manifest = path.join(dir, 'passages.tsv');
    await updateManifest(dir, manifest, '2025-01-01');
    await writeFile(path.join(dir, 'documents', 'talk.txt'), talk(true));
    await updateManifest(dir, manifest, DAY);
    await writeFile(
      path.join(dir, 'documents', 'talk.txt'),
      talk(true).replace('Opening words of the talk.', 'Opening words.\n\nOf the talk.'),
    );
    const report = await updateManifest(dir, manifest, '2025-04-01');
    expect(report).toEqual(
      expect.arrayContaining([
        '  rewrote talk:3 => talk:5 (was => talk:4)',
        '  rewrote talk:4 => talk:6 (was => talk:5)',
        '  added talk:2 => talk:3',
        '  not added talk:3 => talk:4: the line talk:3 => talk:5 says what talk:3 named before an earlier renumbering, and an id stands once',
      ]),
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.passageById.get('talk:5')!.text).toBe(PROVERB);
    expect(corpus.aliases.get('talk:3')).toEqual({ to: 'talk:5', since: DAY });
  });
});

describe('after the split', () => {
  it('answers an old id that names a passage now with that passage and a line saying where its former words are', async () => {
    for (const answer of [
      quote.run({ options: { 'id-or-words': 'talk:3' } }, after),
      context.run({ options: { id: 'talk:3', before: 0, after: 0 } }, after),
      cite.run({ options: { id: 'talk:3', style: 'apa' } }, after),
    ]) {
      const payload = await payloadOf(answer);
      expect(payload.content?.split('\n')[0]).toBe(
        `Before the renumbering of ${DAY}, \`talk:3\` named other words: they are now \`talk:4\`. Below is what \`talk:3\` names now.`,
      );
      expect(shown(payload.embeds[0]!.description!)).toMatch(/The second claim follows it\.|Passage talk:3/u);
    }
  });

  it('answers a retired id with the passage its words are in now, saying so', async () => {
    const payload = await payloadOf(quote.run({ options: { 'id-or-words': 'notes:3' } }, after));
    expect(payload.content).toBe('`notes:3` is now `notes:2` (the passage was renumbered).');
    expect(shown(payload.embeds[0]!.description!)).toBe('Gamma line.');
  });

  it('follows a button made before the split to the same words, under their id now', async () => {
    const buttons = await buttonsBefore('talk:3');
    expect(buttons.map((id) => id.split(':')[0])).toEqual(['share', 'ctx', 'cite']);
    for (const customId of buttons) {
      const payload = await payloadOf(click(customId));
      expect(payload.content?.split('\n')[0], customId).toBe('`talk:3` is now `talk:4` (the passage was renumbered).');
      expect(JSON.stringify(payload.embeds), customId).toMatch(/brothers show themselves in hardship|Citation of talk:4/u);
    }
  });

  it('says plainly when a button’s words are in no passage any more, pointing to /search', async () => {
    const [, contextButton] = await buttonsBefore('notes:1');
    const payload = await payloadOf(click(contextButton!));
    expect(payload.embeds).toEqual([]);
    expect(payload.content).toBe(
      'The words this button was made for (`notes:1`) are no longer in the corpus as they were: the document was edited since. /search finds passages by their words.',
    );
  });

  it('points a button whose words are gone to where its id went, when the id was renumbered', async () => {
    // A fingerprint no passage has: the words were edited as well as renumbered.
    const payload = await payloadOf(click('cite:notes:3@zzzzzz'));
    expect(payload.content).toBe(
      'The words this button was made for (`notes:3`) are no longer in the corpus as they were: the document was edited since. ' +
        'At the renumbering of 2025-03-01, `notes:3` became `notes:2`, which /quote shows as it reads now. /search finds passages by their words.',
    );
  });

  it('reads a button without a fingerprint, made before buttons had one, as a typed id', async () => {
    const payload = await payloadOf(click('ctx:talk:3'));
    expect(payload.content).toMatch(/^Before the renumbering of 2025-03-01, `talk:3` named other words: they are now `talk:4`\./u);
  });

  it('gives the CLI the same lines, and formerWords or renamedFrom in JSON', async () => {
    const text = await runCliCaptured(['quote', 'talk:3'], { corpusDir });
    expect(text.stdout.split('\n')[0]).toBe(
      `Before the renumbering of ${DAY}, \`talk:3\` named other words: they are now \`talk:4\`. Below is what \`talk:3\` names now.`,
    );
    expect(JSON.parse((await runCliCaptured(['cite', 'talk:3', '--json'], { corpusDir })).stdout)).toMatchObject({
      id: 'talk:3',
      formerWords: { id: 'talk:4', since: DAY },
    });
    expect(JSON.parse((await runCliCaptured(['quote', 'notes:3', '--json'], { corpusDir })).stdout)).toMatchObject({
      id: 'notes:2',
      renamedFrom: 'notes:3',
    });
  });
});

describe('buttons carrying fingerprints', () => {
  it('fit Discord’s custom_id limit for the longest ids of the corpus, walking the farthest', async () => {
    const real = await contextOf(defaultCorpusDir);
    const longest = [...real.index.corpus.passages].sort((a, b) => b.id.length - a.id.length)[0]!;
    const made = [
      ...customIds(await payloadOf(quote.run({ options: { 'id-or-words': longest.id, private: true } }, real))),
      ...customIds(await payloadOf(context.run({ options: { id: longest.id, before: 10, after: 10 } }, real))),
    ];
    expect(made.map((id) => id.split(':')[0])).toEqual(['share', 'ctx', 'cite', 'walk', 'walk']);
    expect(Math.max(...made.map((id) => id.length))).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });
});
