// `npx tsx test/bench/real/damage-table.ts [SET…]`: the set × damage table of the real sets, a markdown row per set with
// a column per kind (clean, then each kind of damage.ts), then the totals of the tuned sets (dev, holdout, fresh …
// fresh9) and of the held-out ones (fresh10 … fresh17). Each cell is task recall / all-roles F1 / lead accuracy / names
// as written of `npm run eval:real -- --set S [--damage K]`'s total line.
import { fileURLToPath } from 'node:url';
import { DAMAGE_KINDS, type DamageKind } from './damage.ts';
import { evaluateReal } from './evaluate.ts';
import { SETS, type SetName } from './labels.ts';
import { metrics } from './report.ts';
import { totalScore, type DocScore } from './score.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The damage rules are tuned on these; fresh10 … fresh17 stay aside as the held-out half. */
const TUNED = new Set<SetName>(['dev', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9']);
const KINDS: (DamageKind | 'clean')[] = ['clean', ...DAMAGE_KINDS];

const f3 = (x: number | null) => (x === null ? '-' : x.toFixed(3));
function cell(s: DocScore): string {
  const m = metrics(s);
  const all = (m.units as Record<string, { f1: number | null }>).all;
  return [m.taskRecall, all.f1, m.leadAccuracy, m.namesAsWritten].map(f3).join(' / ');
}

async function main(args: string[]): Promise<void> {
  const sets = args.length ? args.filter((a): a is SetName => (SETS as readonly string[]).includes(a)) : [...SETS];
  const halves = { tuned: KINDS.map((): DocScore[] => []), 'held-out': KINDS.map((): DocScore[] => []) };
  console.log(`| set | ${KINDS.join(' | ')} |\n|---|${KINDS.map(() => '---|').join('')}`);
  for (const set of sets) {
    const cells: string[] = [];
    for (const [k, kind] of KINDS.entries()) {
      const report = await evaluateReal(ROOT, set, undefined, kind === 'clean' ? {} : { damage: kind });
      cells.push(cell(report.total));
      halves[TUNED.has(set) ? 'tuned' : 'held-out'][k].push(...report.documents);
    }
    console.log(`| ${set} | ${cells.join(' | ')} |`);
  }
  for (const [half, perKind] of Object.entries(halves)) {
    if (perKind[0].length) console.log(`| **${half}** | ${perKind.map((docs) => cell(totalScore(docs))).join(' | ')} |`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => { console.error(error); process.exitCode = 1; });
