// The corpus's documents as embeds: a paged list with passage counts, or one document with all it states about itself.
import type { APIEmbed } from 'discord.js';
import type { Corpus, Document } from '../corpus/types.js';
import { count } from './count.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { sourceFields, stated } from './passageEmbed.js';

export const DOCUMENTS_PER_PAGE = 10;

export function pageCount(corpus: Corpus): number {
  return Math.max(1, Math.ceil(corpus.documents.length / DOCUMENTS_PER_PAGE));
}

/** `page` counts from 1 and must be within pageCount(corpus). */
export function documentsPage(corpus: Corpus, page: number, stamp: string): APIEmbed {
  const documents = corpus.documents.slice((page - 1) * DOCUMENTS_PER_PAGE, page * DOCUMENTS_PER_PAGE);
  return {
    title: 'Sources',
    description: `${count(corpus.documents.length, 'document')}, ${count(corpus.passages.length, 'passage')}. \`/sources document:<id>\` shows one in full.`,
    fields: documents.map((document) => ({
      name: fitText(document.title, DISCORD_LIMITS.embedFieldName, escapeMarkdown).text,
      value: fitText(
        [`${document.id} · ${document.type} · ${count(document.passageIds.length, 'passage')}`, byline(document)].filter(Boolean).join('\n'),
        DISCORD_LIMITS.embedFieldValue,
        escapeMarkdown,
      ).text,
    })),
    footer: { text: `page ${page} of ${pageCount(corpus)} · corpus ${stamp}` },
  };
}

export function documentEmbed(document: Document, stamp: string): APIEmbed {
  const passages = document.passageIds.length;
  const range = passages === 1 ? `\`${document.id}:1\`` : `\`${document.id}:1\` to \`${document.id}:${passages}\``;
  return {
    title: fitText(document.title, DISCORD_LIMITS.embedTitle, escapeMarkdown).text,
    description: `${escapeMarkdown(document.id)} · ${escapeMarkdown(document.type)} · ${count(passages, 'passage')}: ${range}`,
    fields: [...sourceFields(document), ...stated('Category', document.category), ...stated('Curated from', document.seed)],
    footer: { text: `corpus ${stamp}` },
  };
}

function byline(document: Document): string {
  return [document.author, document.publisher, document.date].filter((part) => part !== undefined).join(' · ');
}
