// Reads and validates a corpus folder (documents/*.txt, speakers.txt, variants.txt, aliases.txt) into documents and passages.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { assembleCorpus } from './assembleCorpus.js';
import { cutPassages } from './cutPassages.js';
import { parseAliasTable } from './parseAliasTable.js';
import { parseBody } from './parseBody.js';
import { parseFrontMatter } from './parseFrontMatter.js';
import { parseSpeakerTable, type SpeakerTable } from './parseSpeakerTable.js';
import { parseVariantTable } from './parseVariantTable.js';
import type { Alias, AliasTable, Corpus, CorpusProblem, Document, Passage } from './types.js';

export const DOCUMENTS_FOLDER = 'documents';
export const SPEAKERS_FILE = 'speakers.txt';
export const VARIANTS_FILE = 'variants.txt';
export const ALIASES_FILE = 'aliases.txt';

/** Every problem found in a corpus, reported together; the message names each file and line. */
export class CorpusError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(
      `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n'),
    );
    this.name = 'CorpusError';
  }
}

/** A document file larger than this is refused unless the caller allows more. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface LoadOptions {
  /** A document file larger than this is refused, by name; the rest of the corpus is still checked. */
  maxDocumentBytes?: number;
  /** False to leave aliases.txt unread: `npm run manifest:update` rewrites it when its targets have moved. */
  aliases?: boolean;
}

export async function loadCorpus(corpusDir: string, options: LoadOptions = {}): Promise<Corpus> {
  const { maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES, aliases: withAliases = true } = options;
  const problems: CorpusProblem[] = [];
  const speakers = await readSpeakers(corpusDir, problems);
  const variants = await readVariants(corpusDir, problems);
  const documentsDir = path.join(corpusDir, DOCUMENTS_FOLDER);
  let names: string[];
  try {
    names = (await readdir(documentsDir)).filter((name) => name.endsWith('.txt')).sort();
  } catch {
    throw new CorpusError([{ file: documentsDir, line: 0, message: 'cannot read the documents folder' }]);
  }
  if (names.length === 0) problems.push({ file: documentsDir, line: 0, message: 'no documents (*.txt) found' });

  const documents: Document[] = [];
  const passages: Passage[] = [];
  const idFile = new Map<string, string>();
  for (const name of names) {
    const file = path.join(DOCUMENTS_FOLDER, name);
    const { size } = await stat(path.join(documentsDir, name));
    if (size > maxDocumentBytes) {
      problems.push({ file, line: 0, message: `the document is ${fileSize(size)}, over the limit of ${fileSize(maxDocumentBytes)} a document may have` });
      continue;
    }
    const content = await readFile(path.join(documentsDir, name), 'utf8');
    const lines = content.replace(/^\uFEFF/u, '').split(/\r?\n/u);
    const { meta, bodyStart, fieldLines } = parseFrontMatter(file, lines, problems);
    if (!meta) continue;
    const firstFile = idFile.get(meta.id);
    if (firstFile !== undefined) {
      problems.push({ file, line: fieldLines.get('id') ?? 1, message: `duplicate document id "${meta.id}" (also in ${firstFile})` });
      continue;
    }
    idFile.set(meta.id, file);
    const docPassages = cutPassages(file, meta, parseBody(lines, bodyStart), speakers, problems);
    if (docPassages.length === 0) {
      problems.push({ file, line: bodyStart + 1, message: 'the document has no text after its header' });
      continue;
    }
    documents.push({ ...meta, file, passageIds: docPassages.map((p) => p.id) });
    passages.push(...docPassages);
  }
  const aliases = withAliases ? await readAliases(corpusDir, new Set(passages.map((p) => p.id)), problems) : new Map<string, Alias>();
  if (problems.length > 0) {
    throw new CorpusError(problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
  }
  return assembleCorpus(documents, passages, variants, aliases);
}

async function readAliases(corpusDir: string, passageIds: ReadonlySet<string>, problems: CorpusProblem[]): Promise<AliasTable> {
  let content: string;
  try {
    content = await readFile(path.join(corpusDir, ALIASES_FILE), 'utf8');
  } catch {
    // A corpus whose passages were never renumbered needs no alias table.
    return new Map();
  }
  return parseAliasTable(ALIASES_FILE, content, passageIds, problems);
}

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function readSpeakers(corpusDir: string, problems: CorpusProblem[]): Promise<SpeakerTable> {
  let content: string;
  try {
    content = await readFile(path.join(corpusDir, SPEAKERS_FILE), 'utf8');
  } catch {
    // A corpus without transcripts needs no speaker table.
    return new Map();
  }
  return parseSpeakerTable(SPEAKERS_FILE, content, problems);
}

async function readVariants(corpusDir: string, problems: CorpusProblem[]): Promise<string[][]> {
  let content: string;
  try {
    content = await readFile(path.join(corpusDir, VARIANTS_FILE), 'utf8');
  } catch {
    // Variants are optional: without the table, spellings only meet through folding and word forms.
    return [];
  }
  return parseVariantTable(VARIANTS_FILE, content, problems);
}
