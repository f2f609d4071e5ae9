// Wrong curations, each made in a copy of corpus/: the manifest check must fail on each and name the passages and
// columns it changed. Most keep every word from the seed, so the comparison with the seeds cannot see them.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { checkManifest } from './checkManifest.js';
import { describeChanges } from './diffManifest.js';

type Edit = Record<string, (text: string) => string>;

/** `from` replaced by `to`, where `from` must occur exactly once: an edit that silently misses proves nothing. */
function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    const found = text.split(from).length - 1;
    if (found !== 1) throw new Error(`the edit expects one "${from}", found ${found}`);
    return text.replace(from, () => to);
  };
}

const MOVED_PARAGRAPH =
  'The Arabic/English publication, Dunya Al Arab in its August edition has published an article named Mojahedin-e Khalq: War Criminals.';

const EDITS: { name: string; edit: Edit; report: string[] }[] = [
  {
    name: 'two speaker labels swapped in the transcript',
    edit: {
      'rajavi-haboush-tapes.txt': (text) =>
        replace(
          'Rajavi: It should be like this.',
          'Haboush: It should be like this.',
        )(replace('Haboush: The believer', 'Rajavi: The believer')(text)),
    },
    report: ['rajavi-haboush-tapes:11 speaker: Haboush → Rajavi', 'rajavi-haboush-tapes:12 speaker: Rajavi → Haboush'],
  },
  {
    name: 'the speaker labels of the UK ambassador interview swapped',
    edit: {
      'interview-with-uk-ambassador-to-tehran.txt': (text) =>
        text.replace(/^(Baztab|Richard Dalton):/gmu, (_, label: string) => (label === 'Baztab' ? 'Richard Dalton:' : 'Baztab:')),
    },
    report: [
      'interview-with-uk-ambassador-to-tehran:1 speaker: Baztab → Richard Dalton',
      'interview-with-uk-ambassador-to-tehran:2 speaker: Richard Dalton → Baztab',
      'interview-with-uk-ambassador-to-tehran:3 speaker: Baztab → Richard Dalton',
      'interview-with-uk-ambassador-to-tehran:4 speaker: Richard Dalton → Baztab',
      'interview-with-uk-ambassador-to-tehran:5 speaker: Richard Dalton (continuing) → Baztab (continuing)',
      'interview-with-uk-ambassador-to-tehran:6 speaker: Baztab → Richard Dalton',
      'interview-with-uk-ambassador-to-tehran:7 speaker: Richard Dalton → Baztab',
    ],
  },
  {
    name: 'a post dated with its neighbour’s date',
    edit: { 'three-mko-defectors-joined-their-families.txt': replace('date: 2005-08-15', 'date: 2005-08-18') },
    report: ['three-mko-defectors-joined-their-families:1–5 (5 passages) date: 2005-08-15 → 2005-08-18'],
  },
  {
    name: 'a post given another category of the site',
    edit: { 'british-embassy-denies-visit-of-mko-leader.txt': replace('category: UK', 'category: USA') },
    report: ['british-embassy-denies-visit-of-mko-leader:1–9 (9 passages) attribution: category: UK → USA'],
  },
  {
    name: 'a post’s first paragraph moved into the post above it',
    edit: {
      'whereabouts-of-mek-fugitive-war-criminal.txt': replace(`${MOVED_PARAGRAPH}\n\n`, ''),
      'al-rubaie-put-the-mko-on-trial.txt': (text) => `${text.trimEnd()}\n\n${MOVED_PARAGRAPH}\n`,
    },
    report: [
      'whereabouts-of-mek-fugitive-war-criminal:1 is now al-rubaie-put-the-mko-on-trial:5 (moved to another document): “The Arabic/English publication, Dunya Al … named Mojahedin-e Khalq: War Criminals.”',
      'whereabouts-of-mek-fugitive-war-criminal:2–4 (3 passages) are now whereabouts-of-mek-fugitive-war-criminal:1–3',
      "whereabouts-of-mek-fugitive-war-criminal:1 attribution: title: Whereabouts of MEK fugitive war criminal → Al-Rubaie: Put the MKO on Trial; category: Massoud Rajavi → Iraqi Authorities' stance on the MEK; title-sentence-case: (none) → Al-Rubaie: Put the MKO on trial",
    ],
  },
  {
    name: 'a footnote’s page changed, and with it the Ibid. notes that repeat it',
    edit: {
      'revolutionary-diplomacy-costs-achievements.txt': replace('slightly from outside”, pp.13-14.', 'slightly from outside”, pp.13-16.'),
    },
    report: [
      'revolutionary-diplomacy-costs-achievements:3 notes: … slightly from outside”, pp.13-14. → … slightly from outside”, pp.13-16.',
      'revolutionary-diplomacy-costs-achievements:6 notes: … slightly from outside”, pp.13-14. → … slightly from outside”, pp.13-16.',
      'revolutionary-diplomacy-costs-achievements:8 notes: … slightly from outside”, pp.13-14. → … slightly from outside”, pp.13-16.',
      'revolutionary-diplomacy-costs-achievements:10 notes: … slightly from outside”, pp.13-14. → … slightly from outside”, pp.13-16.',
    ],
  },
  {
    name: 'two footnotes given each other’s text',
    edit: {
      'us-openly-supports-iranian-terrorists.txt': (text) =>
        text.replace(/^\[\^([34])\]:/gmu, (_, marker: string) => (marker === '3' ? '[^4]:' : '[^3]:')),
    },
    report: [
      'us-openly-supports-iranian-terrorists:4 notes: [3] Why the US granted ‘protected’ status to Iranian terrorists, The Christian Science Monitor, 07/29/2004. → [3] New York Times, July 20th, 2003.',
      'us-openly-supports-iranian-terrorists:6 notes: [4] New York Times, July 20th, 2003. → [4] Why the US granted ‘protected’ status to Iranian terrorists, The Christian Science Monitor, 07/29/2004.',
    ],
  },
  {
    name: 'a turn placed under the wrong meeting heading',
    edit: {
      // The heading and the paragraph below it change places.
      'rajavi-haboush-tapes.txt': (text) => {
        const lines = text.split('\n');
        const heading = lines.findIndex((line) => line.startsWith('# The meeting of Rajavi and General Saber'));
        [lines[heading], lines[heading + 2]] = [lines[heading + 2]!, lines[heading]!];
        return lines.join('\n');
      },
    },
    report: [
      'rajavi-haboush-tapes:33 section: The meeting of Rajavi and General Saber and the official appreciation of Saddam Hussein for Massoud Rajavi and the National Liberation Army for their suppression of the internal uprisings in Iraq in 1991 → Massoud Rajavi’s Meeting with Taher Aljalil Haboush',
    ],
  },
  {
    name: 'a byline given to the next post on the page',
    edit: {
      'all-mko-say-are-pure-lies.txt': replace('author: Safa Haeri\nauthor-name: Haeri, Safa\n', ''),
      'pars-brief-issue-17.txt': replace('type: newsletter\n', 'type: newsletter\nauthor: Safa Haeri\nauthor-name: Haeri, Safa\n'),
    },
    report: [
      'all-mko-say-are-pure-lies:1–24 (24 passages) attribution: author: Safa Haeri → (none); author-name: Haeri, Safa → (none)',
      'pars-brief-issue-17:1–6 (6 passages) attribution: author: (none) → Safa Haeri; author-name: (none) → Haeri, Safa',
    ],
  },
  {
    name: 'an author’s family and given names swapped, and a title’s sentence case losing an acronym',
    edit: {
      'all-mko-say-are-pure-lies.txt': (text) =>
        text
          .replace('author-name: Haeri, Safa\n', 'author-name: Safa, Haeri\n')
          .replace('title-sentence-case: All MKO say', 'title-sentence-case: All mko say'),
    },
    report: [
      'all-mko-say-are-pure-lies:1–24 (24 passages) attribution: title-sentence-case: All MKO say are pure lies → All mko say are pure lies; author-name: Haeri, Safa → Safa, Haeri',
    ],
  },
  {
    name: 'a sentence dropped from the middle of a paragraph',
    edit: {
      'oh-where-have-the-terrorists-gone.txt': replace(' Part of their assistance consisted in burning down restaurants and cinemas.', ''),
    },
    report: ['oh-where-have-the-terrorists-gone:7 words: 70 → 59'],
  },
];

const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

async function editedCopy(edit: Edit): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-curation-'));
  copies.push(dir);
  await cp(defaultCorpusDir, dir, { recursive: true });
  for (const [name, change] of Object.entries(edit)) {
    const file = path.join(dir, 'documents', name);
    await writeFile(file, change(await readFile(file, 'utf8')));
  }
  return dir;
}

describe('the manifest check', () => {
  for (const { name, edit, report } of EDITS) {
    it(`fails on ${name}, naming the passages and columns`, async () => {
      const changes = await checkManifest(await editedCopy(edit));
      expect(describeChanges(changes)).toEqual(report);
    });
  }
});
