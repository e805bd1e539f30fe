// `npx tsx test/bench/entities/precision.ts [--held] [--keys FILE]`: the judged sample's precision under the current code.
// A node the code no longer makes leaves the sample: a wrong one gone is a fix, a right one gone is lost recall (listed).
// --held scores the held-aside third instead (judge it only after the fixes); --keys writes every node's key, one a
// line, for diffing the entity lists of all real sets before and after a change.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SETS } from '../real/labels.ts';
import { entityNodes, nodeKey } from './nodes.ts';
import { SAMPLE_FILE, SampleItemSchema, type SampleItem } from './verdicts.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Tally { judged: number; ok: number; kept: number; keptOk: number; lost: SampleItem[]; gone: SampleItem[] }

function tally(items: readonly SampleItem[], present: ReadonlySet<string>): Tally {
  const t: Tally = { judged: 0, ok: 0, kept: 0, keptOk: 0, lost: [], gone: [] };
  for (const item of items) {
    if (item.verdict === null) continue;
    t.judged++;
    const ok = item.verdict === 'ok';
    if (ok) t.ok++;
    if (present.has(nodeKey(item))) {
      t.kept++;
      if (ok) t.keptOk++;
    } else (ok ? t.lost : t.gone).push(item);
  }
  return t;
}

const ratio = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));

function formatTally(title: string, t: Tally): string {
  const lines = [
    `${title}: judged ${t.judged}; as drawn ${t.ok}/${t.judged} ok = ${ratio(t.ok, t.judged)}; now ${t.keptOk}/${t.kept} ok = ${ratio(t.keptOk, t.kept)}`
      + ` (wrong nodes gone ${t.gone.length}, right nodes lost ${t.lost.length})`,
  ];
  for (const i of t.lost) lines.push(`  LOST ${i.id} ${i.set}/${i.doc} ${i.label} ${i.name}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { held: { type: 'boolean' }, keys: { type: 'string' } } });
  const sample = SampleItemSchema.array().parse(JSON.parse(await readFile(ROOT + SAMPLE_FILE, 'utf8')));
  const nodes = (await Promise.all(SETS.map((s) => entityNodes(ROOT, s)))).flat();
  const keys = nodes.map(nodeKey);
  if (values.keys) await writeFile(values.keys, [...keys].sort().join('\n') + '\n');
  const part = sample.filter((s) => s.held === (values.held === true));
  const unjudged = part.filter((s) => s.verdict === null).length;
  const present = new Set(keys);
  const labels = [...new Set(part.map((s) => s.label))];
  console.log(`${nodes.length} entity nodes in ${SETS.length} sets; ${values.held ? 'held-aside' : 'judged'} part ${part.length}, unjudged ${unjudged}`);
  console.log(formatTally('all', tally(part, present)));
  for (const label of labels) console.log(formatTally(label, tally(part.filter((s) => s.label === label), present)).split('\n')[0]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
