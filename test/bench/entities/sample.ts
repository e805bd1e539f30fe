// `npx tsx test/bench/entities/sample.ts [--size 330] [--seed 37]`: draws the precision sample of entity nodes from every
// real set, stratified by label and set, a third of it held aside; writes it unjudged, never over a judged file.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../../graph/catalogue/communities.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../../graph/model.ts';
import { SETS } from '../real/labels.ts';
import { entityNodes, type EntityNode } from './nodes.ts';
import { SAMPLE_FILE, type SampleItem } from './verdicts.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Each label's share of the sample: corridors are few (all of them fit), places and projects are what users ask about. */
const SHARE: Record<EntityLabel, number> = { Place: 0.4, Project: 0.33, Industry: 0.2, Corridor: 0.07 };

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Round-robin over the sets (each set's nodes in random order) until the label's quota is drawn. */
function drawLabel(nodes: readonly EntityNode[], quota: number, random: () => number): EntityNode[] {
  const bySet = SETS.map((s) => shuffle(nodes.filter((n) => n.set === s), random));
  const out: EntityNode[] = [];
  for (let round = 0; out.length < quota && bySet.some((l) => l.length > round); round++) {
    for (const list of bySet) if (round < list.length && out.length < quota) out.push(list[round]);
  }
  return out;
}

function drawSample(nodes: readonly EntityNode[], size: number, seed: number): SampleItem[] {
  const random = seededRandom(seed);
  const drawn = ENTITY_LABELS.flatMap((label) => drawLabel(nodes.filter((n) => n.label === label), Math.round(size * SHARE[label]), random));
  return shuffle(drawn, random).map((n, i) => ({
    id: i + 1, held: i % 3 === 2, set: n.set, doc: n.doc, label: n.label, name: n.name, kind: n.kind, evidence: n.evidence,
    verdict: null, note: '',
  }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '330' }, seed: { type: 'string', default: '37' } } });
  const file = ROOT + SAMPLE_FILE;
  if (existsSync(file)) throw new Error(`${SAMPLE_FILE} exists: a judged sample is never drawn over (delete it to draw a new one)`);
  const nodes = (await Promise.all(SETS.map((s) => entityNodes(ROOT, s)))).flat();
  const sample = drawSample(nodes, Number(values.size), Number(values.seed));
  await writeFile(file, JSON.stringify(sample, null, 1) + '\n');
  console.log(`${sample.length} nodes of ${nodes.length} → ${SAMPLE_FILE} (${sample.filter((s) => s.held).length} held aside)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
