// The five seed documents as received, read from ../shared/seeds beside the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

export const seedsDir = path.join(projectRoot, '..', 'shared', 'seeds');

export const seedsPresent = existsSync(seedsDir);

/** Why the seed comparison did not run, in one line: a missing folder is a setup step, so no stack trace. */
export function seedsMissing(): Error {
  const error = new Error(`The seeds are not beside the project: put the five seed files in ${seedsDir} (../shared/seeds).`);
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

export function readSeeds(): Map<string, string> {
  return new Map(
    readdirSync(seedsDir)
      .sort()
      .map((name) => [name, readFileSync(path.join(seedsDir, name), 'utf8')]),
  );
}
