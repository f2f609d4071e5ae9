// A passage's attribution: exactly the fields its document states.
import { describe, expect, it } from 'vitest';
import { passageSource } from '../../src/corpus/passageSource.js';
import { fixture } from '../search/fixture.js';

const corpus = fixture();

describe('passageSource', () => {
  it('gives the fields the document states', () => {
    const passage = corpus.passageById.get('cult-and-patrons:1');
    expect(passage && passageSource(corpus, passage)).toEqual({
      title: 'The Cult and Its Patrons',
      author: 'Anne Singleton',
      publisher: 'Iran Interlink',
      date: '2005-08-14',
      url: 'https://example.org/cult-and-patrons',
      seed: 'cult-and-patrons.html',
    });
  });

  it('leaves out what the document does not state, rather than setting it to undefined', () => {
    const passage = corpus.passageById.get('undated-note:1');
    const source = passage && passageSource(corpus, passage);
    expect(source).toEqual({ title: 'An undated note', seed: 'undated-note.html' });
    expect(Object.keys(source ?? {})).toEqual(['title', 'seed']);
  });

  it('refuses a passage whose document is not in the corpus rather than inventing a source', () => {
    const stray = { id: 'gone:1', document: 'gone', number: 1, text: 'x', location: { paragraph: 1 } };
    expect(() => passageSource(corpus, stray)).toThrow(/unknown document gone/);
  });
});
