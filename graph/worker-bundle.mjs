// Runs a TypeScript worker thread's code from one bundle that esbuild builds once and keeps in node_modules/.cache
// until one of its sources changes. Loading the ~100 modules of the parser through tsx's loader hooks cost a parse
// worker ~1 s of CPU at every start, and tsx's keepNames wrappers ~5 % of its parse CPU; the bundle has neither.
// Plain JS: it runs before anything can load TypeScript. Packages stay imports (resolved from node_modules as ever);
// if the bundle cannot be built, the worker runs through tsx as before, so a missing esbuild only costs time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'policy-graph');

/** Import the worker at `entry` (a .ts file URL): its bundle when it can be had, else through tsx. */
export async function runWorker(entry) {
  const bundle = await bundleOf(fileURLToPath(entry)).catch((error) => {
    process.emitWarning(`${basename(entry.pathname)} runs through tsx (slower to start): its bundle was not built: ${error?.message ?? error}`);
    return null;
  });
  if (bundle) {
    await import(bundle);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(entry.href);
}

/** The bundle's file URL (exported for its test), built when absent or older than any of its sources (a manifest lists them with their stats). */
export async function bundleOf(entry) {
  // One bundle per checkout: worktrees sharing a node_modules never take each other's.
  const key = createHash('sha256').update(entry).digest('hex').slice(0, 16);
  const out = join(CACHE, `${basename(entry, '.ts')}-${key}.mjs`);
  const manifest = `${out}.json`;
  if (fresh(manifest)) return pathToFileURL(out).href;
  // esbuild as tsx itself uses it (tsx's own dependency, so it is there whenever tsx is).
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
    absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((path) => join(ROOT, path));
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed: processes starting together never import half a file.
  const tmp = `${out}.${process.pid}.${threadId}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, out);
  writeFileSync(tmp, JSON.stringify(Object.fromEntries(inputs.map((path) => [path, stamp(path)]))));
  renameSync(tmp, manifest);
  return pathToFileURL(out).href;
}

function stamp(path) {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
}

function fresh(manifest) {
  try {
    const inputs = JSON.parse(readFileSync(manifest, 'utf8'));
    return Object.entries(inputs).every(([path, was]) => stamp(path) === was);
  } catch {
    return false;
  }
}
