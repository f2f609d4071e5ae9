// The shapes of the corpus: documents as curated, passages as quoted. Plain data, no behaviour.

/** What a document states about itself. Optional fields are present only when the text states them. */
export interface DocumentMeta {
  /** Readable, stable slug, e.g. `rajavi-haboush-tapes`. */
  id: string;
  title: string;
  /** The title in sentence case (header `title-sentence-case`), where it is published in headline case or capitals:
   * the same characters as `title` but for letter case, which only a person can choose (proper nouns). */
  titleSentenceCase?: string;
  /** transcript, article, essay, news, interview, newsletter… */
  type: string;
  /** The author as the text states the name, e.g. `Safa Haeri`, `Linaelin`. */
  author?: string;
  /** A personal author's family and given names (header `author-name: Haeri, Safa`), the same words as `author`;
   * absent for single names and organizations, which are cited as stated. */
  authorName?: PersonalName;
  publisher?: string;
  /** ISO `YYYY-MM-DD` where the text gives a full date, otherwise what it gives (e.g. `August 2005`). */
  date?: string;
  url?: string;
  /** The site's own category line for the post, where the page shows one. */
  category?: string;
  /** File name in `../shared/seeds/` the document was curated from. */
  seed: string;
}

/** A person's name split the way citation styles invert it: `Haeri, Safa` → family `Haeri`, given `Safa`. */
export interface PersonalName {
  family: string;
  given: string;
}

export interface Document extends DocumentMeta {
  /** The curated file, relative to the corpus folder. */
  file: string;
  /** Ids of the document's passages, in reading order. */
  passageIds: string[];
}

export interface PassageLocation {
  /** 1-based paragraph (or speaker turn) number in the document; a split paragraph keeps its number. */
  paragraph: number;
  /** Where a paragraph over the passage limit was split at sentences: this passage is part `part` of `parts`. */
  part?: { part: number; parts: number };
  /** The heading the passage falls under (a meeting heading in a transcript). */
  section?: string;
  /** Normalized speaker name, for transcripts and interviews. */
  speaker?: string;
  /** `turn` when the paragraph has no label of its own and `speaker` continues the labelled turn before it;
   * `statement` when the passage is part of a quoted statement whose introduction names `speaker`; absent when the
   * speaker comes from the passage's own label. */
  speakerFrom?: 'turn' | 'statement';
  /** Set when the passage is (part of) a statement the document quotes, as its introduction states it. */
  statement?: QuotedStatement;
}

/** A statement a document quotes: who made it, when and in which work, each only where the introducing sentence
 * (or the footnote the quotation carries) states it. */
export interface QuotedStatement {
  /** The person or body, as stated (`Ben Wallace`, `Council on Foreign Relations`); absent for an unnamed voice. */
  speaker?: string;
  /** A personal speaker's family and given names (`speaker-name="Wallace, Ben"`), the same words as `speaker`, for
   * styles that cite by family name; absent for bodies and single names. */
  speakerName?: PersonalName;
  /** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read from the date the introduction states. */
  date?: string;
  /** The work the statement comes from, as stated (`Global Terrorism`). */
  work?: string;
  /** Id of the passage whose sentence introduces the statement (`mek-alliance-with-former-iraqi-dictator:38`). */
  introduction: string;
}

export interface Passage {
  /** `document-slug:N`, N counting from 1 in reading order. */
  id: string;
  /** The document id. */
  document: string;
  /** N of the id. */
  number: number;
  /** The document's own words, whitespace-normalized. */
  text: string;
  location: PassageLocation;
  /** Resolved footnotes for the markers the passage carries, e.g. `[2] Ibid. = Nyabati Bijan; …, pp.13-14.` */
  notes?: string[];
}

/** The attribution of a passage: only what its document states. */
export interface PassageSource {
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  seed: string;
}

export interface Corpus {
  documents: Document[];
  passages: Passage[];
  passageById: Map<string, Passage>;
  documentById: Map<string, Document>;
  /** Groups of spellings that search treats as one word (`MEK, MKO, PMOI`), as corpus/variants.txt gives them. */
  variants: string[][];
  /** Renumbered passage ids → where the words they named are now, as corpus/aliases.txt gives them. */
  aliases: AliasTable;
}

/** Where an old id's words are now, and since when (the renumbering's date), when the table says. */
export interface Alias {
  to: string;
  since?: string;
}

/** Old id → where the words it named are now. */
export type AliasTable = Map<string, Alias>;

/** One thing wrong with a corpus file, located for a human to fix. */
export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}
