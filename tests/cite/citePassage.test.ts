import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, citePassage, type CitationStyle } from '../../src/cite/index.js';
import { fixture, makeCorpus } from '../search/fixture.js';

const corpus = fixture();
const cite = (id: string, style: CitationStyle) => citePassage(corpus, id, style) ?? '';

/** Marks of a citation assembled from missing fields. */
function expectNothingInvented(citation: string): void {
  for (const bad of ['undefined', 'null', 'NaN', '()', '( )', '“”', '[]', ', ,', ',,', ' ,', ' .', '..', '= {}']) {
    expect(citation).not.toContain(bad);
  }
}

describe('citePassage', () => {
  describe('on a transcript passage (no author; speaker and paragraph)', () => {
    const id = 'rajavi-haboush-tapes:2';

    it('chicago', () => {
      expect(cite(id, 'chicago')).toBe(
        '“Minutes of the Meetings between Massoud Rajavi and Iraqi Intelligence,” Iran Interlink, December 9, 1990, ' +
          'para. 2 (Taher Jalil Haboush). Passage rajavi-haboush-tapes:2.',
      );
    });

    it('apa puts the title first when there is no author', () => {
      expect(cite(id, 'apa')).toBe(
        'Minutes of the Meetings between Massoud Rajavi and Iraqi Intelligence [Transcript]. (1990, December 9). ' +
          'Iran Interlink. (para. 2, Taher Jalil Haboush). Passage rajavi-haboush-tapes:2.',
      );
    });

    it('mla', () => {
      expect(cite(id, 'mla')).toBe(
        '“Minutes of the Meetings between Massoud Rajavi and Iraqi Intelligence.” Iran Interlink, 9 Dec. 1990. ' +
          'Par. 2, Taher Jalil Haboush. Passage rajavi-haboush-tapes:2.',
      );
    });

    it('bibtex', () => {
      expect(cite(id, 'bibtex')).toBe(
        [
          '@misc{rajavi-haboush-tapes_2,',
          '  title = {{Minutes of the Meetings between Massoud Rajavi and Iraqi Intelligence}},',
          '  howpublished = {Iran Interlink},',
          '  date = {1990-12-09},',
          '  year = {1990},',
          '  type = {transcript},',
          '  note = {Para. 2, Taher Jalil Haboush. Passage rajavi-haboush-tapes:2.}',
          '}',
        ].join('\n'),
      );
    });
  });

  describe('on an article with author, date and url', () => {
    const id = 'cult-and-patrons:1';

    it('chicago', () => {
      expect(cite(id, 'chicago')).toBe(
        'Anne Singleton, “The Cult and Its Patrons,” Iran Interlink, August 14, 2005, para. 1, ' +
          'https://example.org/cult-and-patrons. Passage cult-and-patrons:1.',
      );
    });

    it('apa', () => {
      expect(cite(id, 'apa')).toBe(
        'Anne Singleton. (2005, August 14). The Cult and Its Patrons [Article]. Iran Interlink. ' +
          'https://example.org/cult-and-patrons (para. 1). Passage cult-and-patrons:1.',
      );
    });

    it('mla', () => {
      expect(cite(id, 'mla')).toBe(
        'Anne Singleton. “The Cult and Its Patrons.” Iran Interlink, 14 Aug. 2005, https://example.org/cult-and-patrons. ' +
          'Par. 1. Passage cult-and-patrons:1.',
      );
    });

    it('bibtex', () => {
      const entry = cite(id, 'bibtex');
      expect(entry).toContain('  author = {{Anne Singleton}},');
      expect(entry).toContain('  url = {https://example.org/cult-and-patrons},');
      expect(entry).toContain('  date = {2005-08-14},');
    });
  });

  describe('on documents with no author', () => {
    it('keeps a non-ISO date as the document gives it', () => {
      expect(cite('ashraf-relocated:1', 'chicago')).toBe(
        '“Camp residents relocated,” August 2005, para. 1. Passage ashraf-relocated:1.',
      );
      expect(cite('ashraf-relocated:1', 'apa')).toBe(
        'Camp residents relocated [News]. (August 2005). (para. 1). Passage ashraf-relocated:1.',
      );
      expect(cite('ashraf-relocated:1', 'bibtex')).toContain('  year = {August 2005},');
      expect(cite('ashraf-relocated:1', 'bibtex')).not.toContain('date =');
    });

    it('writes n.d. in APA and leaves the date out elsewhere when there is none', () => {
      expect(cite('undated-note:1', 'apa')).toBe('An undated note [Essay]. (n.d.). (para. 1). Passage undated-note:1.');
      expect(cite('undated-note:1', 'chicago')).toBe('“An undated note,” para. 1. Passage undated-note:1.');
      expect(cite('undated-note:1', 'mla')).toBe('“An undated note.” Par. 1. Passage undated-note:1.');
      expect(cite('undated-note:1', 'bibtex')).not.toMatch(/(author|year|date|url|howpublished) =/);
    });

    it('adds no field the document does not state, in any style', () => {
      for (const passage of corpus.passages) {
        for (const style of CITATION_STYLES) {
          const citation = cite(passage.id, style);
          expect(citation).toContain(passage.id);
          expectNothingInvented(citation);
          const doc = corpus.documentById.get(passage.document);
          if (!doc?.author) expect(citation).not.toContain('Singleton');
          if (!doc?.url) expect(citation).not.toContain('http');
        }
      }
    });
  });

  it('escapes BibTeX specials and keys the entry by the passage id', () => {
    const entry = cite('a-border-report:1', 'bibtex');
    expect(entry.startsWith('@misc{a-border-report_1,\n')).toBe(true);
    expect(entry).toContain('  howpublished = {Smith \\& Sons\\_Co},');
  });

  it('returns null for an unknown passage or style', () => {
    expect(citePassage(corpus, 'no-such-document:1', 'apa')).toBeNull();
    expect(citePassage(corpus, 'cult-and-patrons:1', 'harvard' as CitationStyle)).toBeNull();
  });

  it('never assembles a citation from missing fields, whichever fields a document states', () => {
    const optional = (...values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    const authors = optional('A. N. Author', 'Ann Author Jr.', 'Author & Co');
    const publishers = optional('Some Press', 'Press_50%', 'The Press.');
    const dates = optional('2001', '2001-02', '2001-02-03', 'Spring 2001', '2001-13-40');
    const urls = optional('https://x.org/a');
    fc.assert(
      fc.property(authors, publishers, dates, urls, fc.boolean(), (author, publisher, date, url, transcript) => {
        const type = transcript ? 'transcript' : 'article';
        const generated = makeCorpus([
          {
            meta: { id: 'g', title: 'What happened?', type, author, publisher, date, url },
            passages: [{ text: 'Words.', ...(transcript ? { speaker: 'A Speaker' } : {}) }],
          },
        ]);
        for (const style of CITATION_STYLES) {
          const citation = citePassage(generated, 'g:1', style) ?? '';
          expectNothingInvented(citation);
          if (author === undefined) expect(citation).not.toContain('Author');
          if (url === undefined) expect(citation).not.toContain('http');
          if (date === undefined && style !== 'apa') expect(citation).not.toMatch(/\d{4}|n\.d\./);
        }
      }),
    );
  });
});
