// `npx tsx test/bench/real/format-table.ts [--sets dev,holdout,…] [--json FILE]`: every set scored as plain text and
// rendered to each format (formats.ts), one Markdown row per set and format: task recall / all-roles F1 / lead accuracy / names.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateReal, type RealReport } from './evaluate.ts';
import { FORMATS, type Format } from './formats.ts';
import { SETS, type SetName } from './labels.ts';
import { metrics } from './report.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { values } = parseArgs({ options: { sets: { type: 'string' }, json: { type: 'string' } } });
const sets = (values.sets?.split(',') ?? [...SETS]) as SetName[];
for (const s of sets) if (!(SETS as readonly string[]).includes(s)) throw new Error(`--sets: no set "${s}" (sets: ${SETS.join(', ')})`);

const fmt = (x: number | null) => (x === null ? '-' : x.toFixed(3));
const cell = (r: RealReport) => {
  const m = metrics(r.total);
  const failed = r.documents.filter((d) => d.error).length;
  return `${fmt(m.taskRecall)} / ${fmt(m.units.all.f1)} / ${fmt(m.leadAccuracy)} / ${fmt(m.namesAsWritten)}${failed ? ` (${failed} failed)` : ''}`;
};

const kinds: (Format | 'plain')[] = ['plain', ...FORMATS];
const reports: Record<string, Record<string, RealReport>> = {};
console.log(`| set | ${kinds.join(' | ')} |\n|---|${kinds.map(() => '---').join('|')}|`);
for (const set of sets) {
  reports[set] = {};
  for (const kind of kinds) reports[set][kind] = await evaluateReal(ROOT, set, undefined, kind === 'plain' ? {} : { format: kind });
  console.log(`| ${set} | ${kinds.map((k) => cell(reports[set][k])).join(' | ')} |`);
}
if (values.json) await writeFile(values.json, JSON.stringify(reports));
