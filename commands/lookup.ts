// Finds the passage or document a user named, or says precisely why there is none and what ids look like.
import { findPassage, parsePassageId, type FoundPassage } from '../src/corpus/findPassage.js';
import type { Corpus, Document, Passage } from '../src/corpus/types.js';
import { count } from '../src/render/count.js';
import { echo, notice } from '../src/render/notice.js';
import { findReferencedPassage } from '../src/corpus/passageRef.js';
import { renamedLine, wordsGoneLine } from '../src/render/renamedLine.js';
import type { Reply } from '../src/render/reply.js';
import { foldLabel as label } from '../src/text/normalize.js';
import type { Answer, CommandContext } from './command.js';

export type Lookup = FoundPassage | { reply: Reply };

export function lookUpPassage(corpus: Corpus, input: string): Lookup {
  return findPassage(corpus, input) ?? { reply: unknownPassage(corpus, input) };
}

/** The passage's answer, opening with the line naming its id now when it was asked for under an old one. */
export function answerFound(found: FoundPassage, answer: (passage: Passage) => Answer): Answer {
  const answered = answer(found.passage);
  const line = renamedLine(found);
  if (line === undefined) return answered;
  const content = [line, ...(answered.reply.content === undefined ? [] : [answered.reply.content])].join('\n');
  return { ...answered, reply: { ...answered.reply, content } };
}

/**
 * Answers with the words a button was made for (under their id now, if renumbered since; see passageRef), or
 * explains that they are gone (the corpus was edited and reloaded since).
 */
export function withPassage(context: CommandContext, ref: string, answer: (passage: Passage) => Answer): Answer {
  const { corpus } = context.index;
  const found = findReferencedPassage(corpus, ref);
  if (found === undefined) return { reply: unknownPassage(corpus, ref) };
  if ('gone' in found) return { reply: notice(wordsGoneLine(found.gone, corpus.aliases.get(found.gone))) };
  return answerFound(found, answer);
}

/** A private message for an id that names no passage: the document's range when the document exists. */
export function unknownPassage(corpus: Corpus, input: string): Reply {
  const example = corpus.passages[0]?.id ?? 'document-id:1';
  if (input.trim() === '') return notice(`Give a passage id, like \`${example}\`.`);
  const id = parsePassageId(input);
  if (id === undefined) {
    return notice(`${echo(input)} is not a passage id; ids look like \`${example}\`. /search finds passages by their words.`);
  }
  const documentId = id.slice(0, id.lastIndexOf(':'));
  const document = corpus.documentById.get(documentId);
  if (!document) return notice(`There is no document \`${documentId}\` in the corpus. /sources lists the documents.`);
  const passages = document.passageIds.length;
  return notice(
    `There is no passage \`${id}\`: \`${documentId}\` has ${count(passages, 'passage')}, \`${documentId}:1\` to \`${documentId}:${passages}\`.`,
  );
}

/** The document with this id or title, however it is typed. */
export function findDocument(corpus: Corpus, typed: string): Document | undefined {
  const wanted = label(typed);
  return corpus.documents.find((document) => label(document.id) === wanted || label(document.title) === wanted);
}
