// Expands the files and directories given to `ingest` into the sorted list of documents to read.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatOf, isIgnoredName, unsupportedFormat } from './formats.ts';
import { unreadable } from './unreadable.ts';

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

// Hidden entries (.git) and Word lock files (~$plan.docx) are skipped, like unknown extensions.
async function walk(dir: string, found: Set<string>, visited: Set<string>): Promise<void> {
  const real = await realpath(dir).catch((error: unknown) => { throw unreadable(dir, error); });
  if (visited.has(real)) return; // a symlink back up the tree
  visited.add(real);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw unreadable(dir, error);
  }
  for (const name of names) {
    if (isIgnoredName(name)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null); // a dangling link in a folder is not the user's target
    if (info?.isDirectory()) await walk(path, found, visited);
    else if (info?.isFile() && formatOf(name) !== null) found.add(path);
  }
}

/**
 * Files and directories (recursively) to the documents (formats.ts) they hold: absolute paths,
 * deduplicated, sorted by code point so every machine ingests in the same order. A named
 * file with another extension is an error; in a directory such files are skipped.
 */
export async function collectDocumentPaths(inputs: string[]): Promise<string[]> {
  const found = new Set<string>();
  const visited = new Set<string>();
  for (const input of inputs) {
    const path = resolve(input);
    const info = await statOrThrow(input);
    if (info.isDirectory()) await walk(path, found, visited);
    else if (!info.isFile()) throw unreadable(input, undefined, 'ENOTREG');
    else if (formatOf(path) === null) throw unsupportedFormat(input);
    else found.add(path);
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
