// Discord's markdown on the page: discord-markdown-parser reads it, and each kind of node becomes the Discord component
// (or element) Discord shows for it. Message content takes Discord's message rules; embeds also take [links](url),
// except in titles and field names, where Discord shows a link's text as typed.
import { parse } from 'discord-markdown-parser';
import { element } from './dom.js';

/** Display names for mentions; unknown ids show as Discord shows them. */
export interface MentionNames {
  user(id: string): string;
  channel(id: string): string;
}

interface AstNode {
  type: string;
  content?: string | AstNode[];
  [key: string]: unknown;
}

const plain = (node: AstNode): string => (typeof node.content === 'string' ? node.content : (node.content ?? []).map(plain).join(''));

/** Where the text is: a message's content, an embed's description or field value, or an embed's title or field name. */
export type MarkdownPlace = 'content' | 'embed' | 'heading';

function render(nodes: AstNode[], place: MarkdownPlace, names: MentionNames): Node[] {
  const children = (node: AstNode) =>
    Array.isArray(node.content) ? render(node.content, place, names) : [document.createTextNode(plain(node))];
  const embed = place === 'content' ? {} : { embed: true };
  return nodes.map((node): Node => {
    switch (node.type) {
      // Plain elements, not the library's discord-bold and the like: their templates put whitespace around the words,
      // which shows as spaces that are not in the text ("[ Saddam ]"), and a quoting tool must show the words as they are.
      case 'strong':
        return element('strong', {}, children(node));
      case 'em':
        return element('em', {}, children(node));
      case 'underline':
        return element('u', {}, children(node));
      case 'strikethrough':
        return element('s', {}, children(node));
      case 'spoiler':
        return element('discord-spoiler', {}, children(node));
      case 'inlineCode':
        return element('discord-code', embed, [document.createTextNode(plain(node))]);
      case 'codeBlock':
        return element('discord-code', { multiline: true, ...embed }, [document.createTextNode(plain(node))]);
      case 'blockQuote':
        return element('discord-quote', {}, children(node));
      case 'heading':
        return element(`h${Math.min(3, Number(node.level) || 1)}`, {}, children(node));
      case 'subtext':
        return element('discord-subscript', {}, children(node));
      case 'br':
      case 'newline':
        return element('br');
      case 'user':
        return element('discord-mention', { type: 'user' }, [document.createTextNode(names.user(String(node.id)))]);
      case 'channel':
        return element('discord-mention', { type: 'channel' }, [document.createTextNode(names.channel(String(node.id)))]);
      case 'role':
        return element('discord-mention', { type: 'role' }, [document.createTextNode('unknown-role')]);
      case 'everyone':
      case 'here':
        // Shown as typed: allowed_mentions means nobody is pinged, and Discord then renders it as text.
        return document.createTextNode(`@${node.type}`);
      case 'slashCommand':
        return element('discord-mention', { type: 'slash' }, [
          document.createTextNode(typeof node.name === 'string' ? node.name : plain(node)),
        ]);
      case 'link':
      case 'url':
      case 'autolink':
        return element('discord-link', { href: String(node.target), target: '_blank', rel: 'noreferrer' }, children(node));
      case 'emoji':
        return document.createTextNode(`:${String(node.name)}:`);
      case 'timestamp':
        return element('discord-time', {}, [document.createTextNode(new Date(Number(node.timestamp) * 1000).toLocaleString())]);
      default:
        return Array.isArray(node.content) ? element('span', {}, children(node)) : document.createTextNode(plain(node));
    }
  });
}

/** `source` as Discord shows it in `place`. */
export function renderMarkdown(source: string, place: MarkdownPlace, names: MentionNames): Node[] {
  return render(parse(source, place === 'embed' ? 'extended' : 'normal'), place, names);
}
