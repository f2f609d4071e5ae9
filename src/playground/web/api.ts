// The page's calls to its server; a refused action rejects with the reason the server gave, for the person to read.
import type { MessagesUpdate, PageState, PersonaName, Suggestions } from '../pageState.js';

/** Who acts and where: every action carries it, as every Discord interaction carries its member and channel. */
export interface Where {
  as: PersonaName;
  channelId: string;
}

async function call<T>(path: string, body?: object): Promise<T> {
  const response = await fetch(
    path,
    body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {},
  );
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(json.error ?? `${response.status} ${response.statusText}`);
  return json;
}

export const api = {
  state: () => call<PageState>('/api/state'),
  /** Waits on the server until something changed after `since`. */
  messages: (since: number) => call<MessagesUpdate>(`/api/messages?since=${since}`),
  command: (where: Where, name: string, options: Record<string, string>) => call<object>('/api/command', { ...where, name, options }),
  autocomplete: (where: Where, name: string, options: Record<string, string>, focused: string) =>
    call<Suggestions>('/api/autocomplete', { ...where, name, options, focused }),
  click: (where: Where, messageId: string, customId: string) => call<object>('/api/click', { ...where, messageId, customId }),
  messageCommand: (where: Where, name: string, messageId: string) => call<object>('/api/message-command', { ...where, name, messageId }),
  post: (where: Where, content: string) => call<object>('/api/post', { ...where, content }),
};
