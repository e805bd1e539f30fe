#!/usr/bin/env node
// One-command set-up for `npm start` / `npm test` on a fresh clone: install dependencies when missing or
// stale, and (with --ui) build the web UI when its sources are newer than the build. Plain Node, no deps.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const r = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`setup: \`npm ${args.join(' ')}\` failed (exit ${r.status}).\n`);
    process.exit(r.status ?? 1);
  }
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
  process.stderr.write('setup: installing dependencies (npm ci)…\n');
  run(['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--ui') && existsSync(join(root, 'ui', 'vite.config.ts'))) {
  const built = newest(join(root, 'ui', 'dist'));
  if (built === 0 || newest(join(root, 'ui', 'src')) > built || newest(join(root, 'ui', 'index.html')) > built) {
    process.stderr.write('setup: building the web UI…\n');
    run(['run', '-s', 'build:ui']);
  }
}
