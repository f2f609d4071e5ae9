// The corpus's documents as embeds: a paged list with passage counts, or one document with all it states about itself.
import type { APIEmbed } from 'discord.js';
import type { Corpus, Document } from '../corpus/types.js';
import { count } from './count.js';
import { allotRoom } from './allotRoom.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { fitFields, namesLength, statedField } from './embedParts.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { sourceFields } from './passageEmbed.js';

export const DOCUMENTS_PER_PAGE = 10;
const TITLE = 'Sources';

export function pageCount(corpus: Corpus): number {
  return Math.max(1, Math.ceil(corpus.documents.length / DOCUMENTS_PER_PAGE));
}

/** `page` counts from 1 and must be within pageCount(corpus). Titles are served before bylines. */
export function documentsPage(corpus: Corpus, page: number, stamp: string): APIEmbed {
  const documents = corpus.documents.slice((page - 1) * DOCUMENTS_PER_PAGE, page * DOCUMENTS_PER_PAGE);
  const description = `${count(corpus.documents.length, 'document')}, ${count(corpus.passages.length, 'passage')}. \`/sources document:<id>\` shows one in full.`;
  const footer = `page ${page} of ${pageCount(corpus)} · corpus ${stamp}`;
  const parts = documents.flatMap((document) => [
    ...statedField('', document.title, { tier: 0 }).map((title) => ({
      ...title,
      wants: Math.min(title.wants, DISCORD_LIMITS.embedFieldName),
    })),
    // The id line is what to type, so it is kept whole where the byline gives way.
    ...statedField(
      '',
      [`${document.id} · ${document.type} · ${count(document.passageIds.length, 'passage')}`, byline(document)].filter(Boolean).join('\n'),
      {
        least: escapeMarkdown(document.id).length + 40,
      },
    ),
  ]);
  const rooms = allotRoom(parts, DISCORD_LIMITS.embedTotal - TITLE.length - description.length - footer.length);
  return {
    title: TITLE,
    description,
    fields: documents.map((_, i) => ({ name: parts[2 * i]!.fit(rooms[2 * i]!), value: parts[2 * i + 1]!.fit(rooms[2 * i + 1]!) })),
    footer: { text: footer },
  };
}

export function documentEmbed(document: Document, stamp: string): APIEmbed {
  const passages = document.passageIds.length;
  const range = passages === 1 ? `\`${document.id}:1\`` : `\`${document.id}:1\` to \`${document.id}:${passages}\``;
  const title = fitText(document.title, DISCORD_LIMITS.embedTitle, escapeMarkdown).text;
  const description = `${escapeMarkdown(document.id)} · ${escapeMarkdown(document.type)} · ${count(passages, 'passage')}: ${range}`;
  const footer = `corpus ${stamp}`;
  const fields = [...sourceFields(document), ...statedField('Category', document.category), ...statedField('Curated from', document.seed)];
  const left = DISCORD_LIMITS.embedTotal - title.length - description.length - footer.length - namesLength(fields);
  return { title, description, fields: fitFields(fields, left), footer: { text: footer } };
}

function byline(document: Document): string {
  return [document.author, document.publisher, document.date].filter((part) => part !== undefined).join(' · ');
}
