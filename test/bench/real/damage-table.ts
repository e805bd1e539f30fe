// `npx tsx test/bench/real/damage-table.ts [SET…]`: the set × damage table of the real sets (clean, then each kind of
// damage.ts), one markdown row per set and kind, then the totals of the tuned sets (dev, holdout, fresh … fresh9) and
// of the held-out ones (fresh10 … fresh17) per kind. Every row is `npm run eval:real -- --set S [--damage K]`'s total line.
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
function row(name: string, kind: string, s: DocScore): string {
  const m = metrics(s);
  const all = (m.units as Record<string, { f1: number | null }>).all;
  return `| ${name} | ${kind} | ${s.tasks.found}/${s.tasks.labelled} ${f3(m.taskRecall)} | ${f3(all.f1)} | ${f3(m.leadAccuracy)} | ${f3(m.namesAsWritten)} |`;
}

async function main(args: string[]): Promise<void> {
  const sets = args.length ? args.filter((a): a is SetName => (SETS as readonly string[]).includes(a)) : [...SETS];
  const halves = new Map<string, DocScore[]>();
  console.log('| set | damage | task recall | all-roles F1 | lead accuracy | names as written |\n|---|---|---|---|---|---|');
  for (const set of sets) {
    for (const kind of KINDS) {
      const report = await evaluateReal(ROOT, set, undefined, kind === 'clean' ? undefined : kind);
      console.log(row(set, kind, report.total));
      const half = `${TUNED.has(set) ? 'tuned' : 'held-out'}/${kind}`;
      halves.set(half, [...(halves.get(half) ?? []), ...report.documents]);
    }
  }
  for (const [half, docs] of halves) {
    const [name, kind] = half.split('/');
    console.log(row(`**${name}**`, kind, totalScore(docs)));
  }
}

main(process.argv.slice(2)).catch((error: unknown) => { console.error(error); process.exitCode = 1; });
