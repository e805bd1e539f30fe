// Build the UI with Vite's API into a directory of its own (so a running dev build in ui/dist is left alone).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const CONFIG_FILE = fileURLToPath(new URL('../../../ui/vite.config.ts', import.meta.url));

/** Builds into `outDir` (relative to the working directory, not to ui/) and returns its absolute path. */
export async function buildUi(outDir: string): Promise<string> {
  const dir = resolve(outDir);
  await build({ configFile: CONFIG_FILE, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}
