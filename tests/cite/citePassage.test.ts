// Citations against what the style manuals give for the stated fields, and exports that reference managers read back.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITATION_STYLES, citePassage, type CitationStyle } from '../../src/cite/index.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { Corpus } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { fixture, makeCorpus } from '../search/fixture.js';

const corpus = fixture();
const cite = (id: string, style: CitationStyle, from: Corpus = corpus) => citePassage(from, id, style) ?? '';

/** Marks of a citation assembled from missing fields. */
function expectNothingInvented(citation: string): void {
  for (const bad of ['undefined', 'null', 'NaN', '()', '( )', '“”', '[]', ', ,', ',,', ' ,', ' .', '..', '= {}', '- \n']) {
    expect(citation).not.toContain(bad);
  }
}

// Three passages of the shipped corpus, one per kind of author, in every style. The expected entries are written from
// the manuals' rules for a page on a website (Chicago Manual of Style, 17th ed., ch. 14 on website content, with the
// bibliography's inverted first name and 8.159 for headline-style titles; APA Publication Manual, 7th ed., 10.16 with
// 9.8 for names, 6.17 for sentence-case titles and 9.17 for "n.d."; MLA Handbook, 9th ed., ch. 5: author, "title of source," title of
// container,
// publication date, location), each followed by the passage id, Verbatim's locator.
describe('citePassage on the shipped corpus', () => {
  let real: Corpus;
  beforeAll(async () => {
    real = await loadCorpus(defaultCorpusDir);
  });

  const PERSON = 'revolutionary-diplomacy-costs-achievements:1'; // Bahar Irani, Mojahedin.ws, 2006-09-12, no URL
  const PUBLISHER = 'al-rubaie-put-the-mko-on-trial:2'; // no author; NEJAT Society, 2005-08-08, nejatngo.org
  const SINGLE = 'oh-where-have-the-terrorists-gone:1'; // Linaelin; NEJAT Society, 2005-08-23, nejatngo.org

  it('names a speaker inferred from the turn as continuing', () => {
    expect(cite('interview-with-uk-ambassador-to-tehran:5', 'ris', real)).toContain(
      'N1  - Passage interview-with-uk-ambassador-to-tehran:5 (paragraph 5; Richard Dalton (continuing))\n',
    );
  });

  it('Chicago (notes-bibliography): the bibliography entry, name inverted, title in headline style', () => {
    expect(cite(PERSON, 'chicago', real)).toBe(
      'Irani, Bahar. “A Revolutionary Diplomacy; the Costs and Achievements.” Mojahedin.ws, September 12, 2006.\n' +
        `Passage ${PERSON} (paragraph 1).`,
    );
    // Without an author the site's owner stands as author, as in the manual's "Google. “Privacy Policy.” …". The
    // manual ends the title with a period (“… on Trial.” August 8, 2005.); the CSL style, with a comma when the owner
    // has moved to the author's place. Left to the style's maintainers.
    expect(cite(PUBLISHER, 'chicago', real)).toBe(
      `NEJAT Society. “Al-Rubaie: Put the MKO on Trial,” August 8, 2005. nejatngo.org.\nPassage ${PUBLISHER} (paragraph 2).`,
    );
    expect(cite(SINGLE, 'chicago', real)).toBe(
      `Linaelin. “Oh Where, O Where Have the Terrorists Gone?” NEJAT Society, August 23, 2005. nejatngo.org.\nPassage ${SINGLE} (paragraph 1).`,
    );
  });

  it('APA 7: family name and initials, (year, Month day), title in sentence case, the site, the URL', () => {
    expect(cite(PERSON, 'apa', real)).toBe(
      `Irani, B. (2006, September 12). A revolutionary diplomacy; the costs and achievements. Mojahedin.ws.\nPassage ${PERSON} (paragraph 1).`,
    );
    // No author: the title moves to the author's place (9.12); the first word after a colon keeps its capital (6.17).
    expect(cite(PUBLISHER, 'apa', real)).toBe(
      `Al-Rubaie: Put the MKO on trial. (2005, August 8). NEJAT Society. nejatngo.org\nPassage ${PUBLISHER} (paragraph 2).`,
    );
    expect(cite(SINGLE, 'apa', real)).toBe(
      `Linaelin. (2005, August 23). Oh where, O where have the terrorists gone? NEJAT Society. nejatngo.org\nPassage ${SINGLE} (paragraph 1).`,
    );
  });

  it('MLA 9: full name inverted, “Title,” the site as container, day month year, the address as printed', () => {
    expect(cite(PERSON, 'mla', real)).toBe(
      `Irani, Bahar. “A Revolutionary Diplomacy; the Costs and Achievements.” Mojahedin.ws, 12 Sept. 2006.\nPassage ${PERSON} (paragraph 1).`,
    );
    expect(cite(PUBLISHER, 'mla', real)).toBe(
      `“Al-Rubaie: Put the MKO on Trial.” NEJAT Society, 8 Aug. 2005, nejatngo.org.\nPassage ${PUBLISHER} (paragraph 2).`,
    );
    expect(cite(SINGLE, 'mla', real)).toBe(
      `Linaelin. “Oh Where, O Where Have the Terrorists Gone?” NEJAT Society, 23 Aug. 2005, nejatngo.org.\nPassage ${SINGLE} (paragraph 1).`,
    );
  });

  it('BibTeX: a person as "Family, Given", a single name braced as one, the site as howpublished', () => {
    expect(cite(PERSON, 'bibtex', real)).toBe(
      [
        '@misc{revolutionary-diplomacy-costs-achievements_1,',
        '  title = {{A Revolutionary Diplomacy; the Costs and Achievements}},',
        '  author = {Irani, Bahar},',
        '  howpublished = {Mojahedin.ws},',
        '  date = {2006-09-12},',
        '  year = {2006},',
        `  note = {Passage ${PERSON} (paragraph 1).}`,
        '}',
      ].join('\n'),
    );
    expect(cite(PUBLISHER, 'bibtex', real)).not.toContain('author =');
    expect(cite(SINGLE, 'bibtex', real)).toContain('  author = {{Linaelin}},');
  });

  it('RIS: an electronic source that reads back with the same fields', () => {
    expect(cite(SINGLE, 'ris', real)).toBe(
      [
        'TY  - ELEC',
        'AU  - Linaelin',
        'TI  - Oh where, O where have the terrorists gone?',
        'T2  - NEJAT Society',
        'PY  - 2005',
        'DA  - 2005/08/23/',
        'UR  - nejatngo.org',
        `N1  - Passage ${SINGLE} (paragraph 1)`,
        `ID  - ${SINGLE}`,
        'ER  - ',
      ].join('\n'),
    );
    for (const id of [PERSON, PUBLISHER, SINGLE]) {
      const [item] = JSON.parse(cite(id, 'csl-json', real)) as Record<string, unknown>[];
      const [read] = plugins.input.chain(cite(id, 'ris', real), { generateGraph: false });
      // RIS has no mark for a name printed as stated, and citation-js reads an ELEC record's T2 as collection-title
      // (Zotero reads it as Website Title).
      const { 'container-title': site, author, ...rest } = item!;
      const names = (author as Record<string, string>[] | undefined)?.map((name) => (name.literal ? { family: name.literal } : name));
      expect(read).toEqual({ ...rest, ...(names ? { author: names } : {}), 'collection-title': site });
    }
  });

  it('CSL-JSON: a valid item with type, title, names, date parts, URL and site', () => {
    const items = [PERSON, PUBLISHER, SINGLE].map((id) => JSON.parse(cite(id, 'csl-json', real)) as unknown[]);
    expect(items.map((list) => list.length)).toEqual([1, 1, 1]);
    expect(items.map(([item]) => item)).toEqual([
      {
        id: PERSON,
        type: 'webpage',
        title: 'A Revolutionary Diplomacy; the Costs and Achievements',
        author: [{ family: 'Irani', given: 'Bahar' }],
        'container-title': 'Mojahedin.ws',
        issued: { 'date-parts': [[2006, 9, 12]] },
        note: `Passage ${PERSON} (paragraph 1)`,
      },
      {
        id: PUBLISHER,
        type: 'webpage',
        title: 'Al-Rubaie: Put the MKO on Trial',
        'container-title': 'NEJAT Society',
        issued: { 'date-parts': [[2005, 8, 8]] },
        URL: 'nejatngo.org',
        note: `Passage ${PUBLISHER} (paragraph 2)`,
      },
      {
        id: SINGLE,
        type: 'webpage',
        title: 'Oh where, O where have the terrorists gone?',
        author: [{ literal: 'Linaelin' }],
        'container-title': 'NEJAT Society',
        issued: { 'date-parts': [[2005, 8, 23]] },
        URL: 'nejatngo.org',
        note: `Passage ${SINGLE} (paragraph 1)`,
      },
    ]);
    // citation-js reads it as CSL-JSON unchanged.
    for (const [item] of items) expect(plugins.input.chain([item], { generateGraph: false })).toEqual([item]);
  });

  it('sets a title published in capitals in each style’s case, from the sentence case the corpus records', () => {
    const id = 'all-mko-say-are-pure-lies:1';
    expect(cite(id, 'apa', real)).toBe(
      `Haeri, S. (2005, August 23). All MKO say are pure lies. NEJAT Society. nejatngo.org\nPassage ${id} (paragraph 1).`,
    );
    expect(cite(id, 'mla', real)).toBe(
      `Haeri, Safa. “All MKO Say Are Pure Lies.” NEJAT Society, 23 Aug. 2005, nejatngo.org.\nPassage ${id} (paragraph 1).`,
    );
    // The exports keep the title as published.
    expect(cite(id, 'ris', real)).toContain('TI  - ALL MKO SAY ARE PURE LIES\n');
  });

  // citeproc formats every passage in every style: slow on a loaded machine, hence the time allowed (not a timing check).
  it('keeps the passage id in every style, for every passage', () => {
    for (const passage of real.passages) {
      for (const style of CITATION_STYLES) {
        const citation = cite(passage.id, style, real);
        expect(citation).toContain(`Passage ${passage.id}`);
        expectNothingInvented(citation);
      }
    }
  }, 60_000);
});

describe('citePassage', () => {
  it('names the speaker of a transcript turn beside the passage id', () => {
    expect(cite('rajavi-haboush-tapes:2', 'mla')).toBe(
      '“Minutes of the Meetings between Massoud Rajavi and Iraqi Intelligence.” Iran Interlink, 9 Dec. 1990.\n' +
        'Passage rajavi-haboush-tapes:2 (paragraph 2; Taher Jalil Haboush).',
    );
  });

  it('writes n.d. in APA and Chicago for a document that states no date, and leaves it out in MLA', () => {
    expect(cite('undated-note:1', 'apa')).toBe('An undated note. (n.d.).\nPassage undated-note:1 (paragraph 1).');
    expect(cite('undated-note:1', 'chicago')).toBe('“An Undated Note,” n.d.\nPassage undated-note:1 (paragraph 1).');
    expect(cite('undated-note:1', 'mla')).toBe('An Undated Note.\nPassage undated-note:1 (paragraph 1).');
    expect(cite('undated-note:1', 'bibtex')).not.toMatch(/(author|year|date|url|howpublished) =/);
    expect(cite('undated-note:1', 'ris')).not.toMatch(/^(AU|PY|DA|UR|T2) /mu);
  });

  it('keeps a date that is not ISO as the document gives it', () => {
    expect(cite('ashraf-relocated:1', 'apa')).toBe('Camp residents relocated. (August 2005).\nPassage ashraf-relocated:1 (paragraph 1).');
    expect(cite('ashraf-relocated:1', 'bibtex')).toContain('  year = {August 2005},');
    expect(cite('ashraf-relocated:1', 'bibtex')).not.toContain('date =');
    expect(cite('ashraf-relocated:1', 'ris')).toContain('DA  - August 2005\n');
    expect(JSON.parse(cite('ashraf-relocated:1', 'csl-json'))[0].issued).toEqual({ literal: 'August 2005' });
  });

  it('escapes every character BibTeX or LaTeX reads as markup, and keys the entry by the passage id', () => {
    const specials = makeCorpus([
      {
        meta: {
          id: 'odd',
          title: 'A & B 50% $5 #1 a_b {x} ~y ^z \\w',
          type: 'article',
          author: 'Ann O_Neil',
          authorName: { family: 'O_Neil', given: 'Ann' },
          publisher: 'Smith & Sons_Co',
          url: 'https://x.org/a_b%20{c}',
        },
        passages: ['Words.'],
      },
    ]);
    expect(cite('odd:1', 'bibtex', specials)).toBe(
      [
        '@misc{odd_1,',
        '  title = {{A \\& B 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{}y \\textasciicircum{}z \\textbackslash{}w}},',
        '  author = {O\\_Neil, Ann},',
        '  howpublished = {Smith \\& Sons\\_Co},',
        '  url = {https://x.org/a_b%20%7Bc%7D},',
        '  note = {Passage odd:1 (paragraph 1).}',
        '}',
      ].join('\n'),
    );
  });

  it('returns null for an unknown passage or style', () => {
    expect(citePassage(corpus, 'no-such-document:1', 'apa')).toBeNull();
    expect(citePassage(corpus, 'cult-and-patrons:1', 'harvard' as CitationStyle)).toBeNull();
  });

  it('never assembles a citation from missing fields, whichever fields a document states', () => {
    const optional = <T>(...values: T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    const authors = optional(
      { author: 'A. N. Author' },
      { author: 'Ann Author', authorName: { family: 'Author', given: 'Ann' } },
      { author: 'Author & Co' },
    );
    const publishers = optional('Some Press', 'Press_50%', 'The Press.');
    const dates = optional('2001', '2001-02', '2001-02-03', 'Spring 2001', '2001-13-40');
    const urls = optional('https://x.org/a');
    fc.assert(
      fc.property(authors, publishers, dates, urls, fc.boolean(), (author, publisher, date, url, transcript) => {
        const type = transcript ? 'transcript' : 'article';
        const generated = makeCorpus([
          {
            meta: { id: 'g', title: 'What happened?', type, ...author, publisher, date, url },
            passages: [{ text: 'Words.', ...(transcript ? { speaker: 'A Speaker' } : {}) }],
          },
        ]);
        for (const style of CITATION_STYLES) {
          const citation = citePassage(generated, 'g:1', style) ?? '';
          expectNothingInvented(citation);
          expect(citation).toContain('Passage g:1');
          if (author === undefined) expect(citation).not.toContain('Author');
          if (url === undefined) expect(citation).not.toContain('http');
          if (date === undefined && style !== 'apa' && style !== 'chicago') expect(citation).not.toMatch(/\d{4}|n\.d\./);
        }
      }),
      { numRuns: 60 },
    );
  });
});
