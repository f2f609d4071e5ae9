// The page's files: bundled from src/playground/web/ by esbuild, read from dist/playground/ when built, else built in memory.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../paths.js';

const WEB_DIR = path.join(projectRoot, 'src', 'playground', 'web');
/** Where `npm run build` writes the page. */
export const BUILT_ASSETS_DIR = path.join(projectRoot, 'dist', 'playground');

export interface PageAsset {
  contentType: string;
  body: Buffer;
}

/** Served path (`/index.html`, `/app.js`) to file. */
export type PageAssets = ReadonlyMap<string, PageAsset>;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Bundles the page's script (and everything it imports from node_modules) into one file; nothing is left to fetch. */
async function bundle(): Promise<Buffer> {
  // esbuild is a build tool (devDependency): loaded only when there is something to build.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(WEB_DIR, 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

async function build(): Promise<Map<string, PageAsset>> {
  const [html, script] = await Promise.all([readFile(path.join(WEB_DIR, 'index.html')), bundle()]);
  return new Map([
    ['/index.html', { contentType: TYPES['.html']!, body: html }],
    ['/app.js', { contentType: TYPES['.js']!, body: script }],
  ]);
}

/** Writes the page to `outDir` (default dist/playground/); returns the files written. */
export async function buildPlaygroundAssets(outDir: string = BUILT_ASSETS_DIR): Promise<string[]> {
  const assets = await build();
  await mkdir(outDir, { recursive: true });
  return Promise.all(
    [...assets].map(async ([name, asset]) => {
      const file = path.join(outDir, name.slice(1));
      await writeFile(file, asset.body);
      return file;
    }),
  );
}

/**
 * The built page from `dir` when `npm run build` wrote it there; otherwise the page built now, in memory,
 * from the sources (so the playground also runs from the sources, before any build). `source` says which, for the start-up log.
 */
export async function loadPlaygroundAssets(dir: string = BUILT_ASSETS_DIR): Promise<{ assets: PageAssets; source: string }> {
  const names = ['index.html', 'app.js'];
  if (!names.every((name) => existsSync(path.join(dir, name)))) return { assets: await build(), source: 'built from src/playground/web' };
  const files = await Promise.all(names.map((name) => readFile(path.join(dir, name))));
  const assets = new Map(names.map((name, i) => [`/${name}`, { contentType: TYPES[path.extname(name)]!, body: files[i]! }]));
  return { assets, source: dir };
}
