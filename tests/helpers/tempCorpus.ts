// Writes a small corpus folder to a temporary directory, for tests that need files on disk.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `documents` maps a file name in documents/ to its content; `speakers` is speakers.txt, if any. */
export async function writeTempCorpus(documents: Record<string, string>, speakers?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-corpus-'));
  await mkdir(path.join(dir, 'documents'));
  for (const [name, content] of Object.entries(documents)) {
    await writeFile(path.join(dir, 'documents', name), content);
  }
  if (speakers !== undefined) await writeFile(path.join(dir, 'speakers.txt'), speakers);
  return dir;
}

/** A well-formed document with the given id and body. */
export function documentFile(id: string, body: string, extraHeader = ''): string {
  return `---\nid: ${id}\ntitle: Title of ${id}\ntype: article\nseed: seed.txt\n${extraHeader}---\n${body}\n`;
}
