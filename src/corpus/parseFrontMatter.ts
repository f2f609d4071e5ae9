// Reads the `---`-fenced header of a curated document into checked metadata.
import { isIsoDate } from './isoDate.js';
import { readPersonalName } from './personalName.js';
import type { CorpusProblem, DocumentMeta, PersonalName } from './types.js';

const REQUIRED = ['id', 'title', 'type', 'seed'] as const;
const OPTIONAL = ['title-sentence-case', 'author', 'author-name', 'publisher', 'date', 'url', 'category'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export interface FrontMatter {
  meta: DocumentMeta | null;
  /** 0-based index of the first body line. */
  bodyStart: number;
  /** 1-based line of each field, for messages about its value. */
  fieldLines: Map<string, number>;
}

export function parseFrontMatter(file: string, lines: string[], problems: CorpusProblem[]): FrontMatter {
  const report = (line: number, message: string) => problems.push({ file, line, message });
  const fieldLines = new Map<string, number>();
  if (lines[0]?.trim() !== '---') {
    report(1, 'the file must start with a "---" header line');
    return { meta: null, bodyStart: 0, fieldLines };
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) {
    report(1, 'the header is not closed by a "---" line');
    return { meta: null, bodyStart: lines.length, fieldLines };
  }
  const fields: Record<string, string> = {};
  for (let i = 1; i < end; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const line = i + 1;
    const match = /^([A-Za-z_][\w-]*):\s?(.*)$/u.exec(raw);
    if (!match) {
      report(line, `header line is not "field: value": ${JSON.stringify(raw.slice(0, 80))}`);
      continue;
    }
    const [, key = '', rawValue = ''] = match;
    const value = rawValue.trim();
    if (!KNOWN.has(key)) report(line, `unknown field "${key}" (known: ${[...KNOWN].join(', ')})`);
    else if (fieldLines.has(key)) report(line, `field "${key}" is given twice (first on line ${fieldLines.get(key)})`);
    else if (value === '') report(line, `field "${key}" is empty; leave it out when the document does not state it`);
    else {
      fields[key] = value;
      fieldLines.set(key, line);
    }
  }
  for (const key of REQUIRED) {
    if (!(key in fields) && !problems.some((p) => p.file === file && p.message.includes(`"${key}"`))) {
      report(1, `missing required field "${key}"`);
    }
  }
  if (fields.id !== undefined && !SLUG.test(fields.id)) {
    report(fieldLines.get('id') ?? 1, `id "${fields.id}" must be a lowercase slug like "rajavi-haboush-tapes"`);
  }
  // A full date must be a real ISO date; a partial one is kept as the text gives it ("August 2005", "1998-99").
  if (fields.date !== undefined && /^\d{4}-\d{1,2}-\d{1,2}$/.test(fields.date) && !isIsoDate(fields.date)) {
    report(fieldLines.get('date') ?? 1, `date "${fields.date}" is not a real YYYY-MM-DD date`);
  }
  const { 'author-name': authorNameField, 'title-sentence-case': titleSentenceCase, ...stated } = fields;
  if (titleSentenceCase !== undefined && titleSentenceCase.toLowerCase() !== fields.title?.toLowerCase()) {
    const title = fields.title === undefined ? 'no title' : `the title "${fields.title}"`;
    report(fieldLines.get('title-sentence-case') ?? 1, `title-sentence-case "${titleSentenceCase}" must be ${title} with only letter case changed`);
  }
  let authorName: PersonalName | undefined;
  if (authorNameField !== undefined) {
    const read = readPersonalName('author-name', authorNameField, 'author', fields.author);
    if (typeof read === 'string') report(fieldLines.get('author-name') ?? 1, read);
    else authorName = read;
  }
  const complete = REQUIRED.every((key) => key in fields);
  const renamed = { ...(titleSentenceCase ? { titleSentenceCase } : {}), ...(authorName ? { authorName } : {}) };
  const meta = complete ? ({ ...stated, ...renamed } as unknown as DocumentMeta) : null;
  return { meta, bodyStart: end + 1, fieldLines };
}
