// The passage fields the index holds, shared by building (boosts), parsing (`field:word`) and scoring.
export const SEARCH_FIELDS = ['text', 'title', 'section', 'speaker'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
