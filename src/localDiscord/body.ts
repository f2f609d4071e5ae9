// Reads an HTTP request body the way Discord accepts it: JSON, or multipart/form-data with payload_json plus files.
import type { IncomingMessage } from 'node:http';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface ParsedBody {
  body: unknown;
  raw: string;
  files: RecordedFile[];
  /** Set when the body could not be parsed; the route answers 400 instead of guessing. */
  error?: string;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function parseBody(req: IncomingMessage): Promise<ParsedBody> {
  const buf = await readAll(req);
  const contentType = req.headers['content-type'] ?? '';
  if (buf.length === 0) return { body: null, raw: '', files: [] };

  if (contentType.startsWith('multipart/form-data')) {
    // Let the platform's fetch implementation do the multipart parsing rather than hand-rolling it.
    const form = await new Response(Uint8Array.from(buf), { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    const fields: Record<string, unknown> = {};
    let body: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        else fields[field] = value;
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    if (body === null && Object.keys(fields).length) body = fields;
    if (hasLoneSurrogate(body)) return { body: null, raw: '', files, error: 'The request body contains invalid JSON.' };
    return { body, raw: '', files };
  }

  const raw = buf.toString('utf8');
  if (contentType.startsWith('application/json')) {
    try {
      const body: unknown = JSON.parse(raw);
      // JSON may escape half of a surrogate pair (`"\ud83d"`); Discord refuses the text that decodes to.
      if (hasLoneSurrogate(body)) return { body: null, raw, files: [], error: 'The request body contains invalid JSON.' };
      return { body, raw, files: [] };
    } catch {
      return { body: null, raw, files: [], error: 'The request body contains invalid JSON.' };
    }
  }
  return { body: raw, raw, files: [] };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Whether any string in a parsed JSON value (keys included) holds half of a surrogate pair: not Unicode text. */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).some(([key, inner]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(inner));
  return false;
}
