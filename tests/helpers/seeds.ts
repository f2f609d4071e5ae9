// The five seed documents as received, read from ../shared/seeds beside the project.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

export const seedsDir = path.join(projectRoot, '..', 'shared', 'seeds');

export function readSeeds(): Map<string, string> {
  return new Map(readdirSync(seedsDir).sort().map((name) => [name, readFileSync(path.join(seedsDir, name), 'utf8')]));
}
