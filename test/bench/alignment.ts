// Bench section: cross-level alignment and plan comparison on generated hierarchies against their truth.
import { tokenize } from '../../server/search/tokenizer.ts';
import { scoreHierarchy, type AlignmentScore } from './hierarchy/evaluate.ts';
import { DEFAULT_HIERARCHY, generateHierarchies } from './hierarchy/generate.ts';

export interface AlignmentResult extends AlignmentScore {
  seed: number;
  ms: number;
}

export function alignmentSection(seed: number): AlignmentResult {
  const started = performance.now();
  const { docs, truth } = generateHierarchies({ ...DEFAULT_HIERARCHY, seed });
  return { seed, ...scoreHierarchy(docs, truth, tokenize), ms: performance.now() - started };
}

export function alignmentMarkdown(r: AlignmentResult): string {
  const l = r.links;
  const c = r.comparison;
  return [
    `**Alignment** (generated hierarchies, seed ${r.seed}: ${r.documents} documents — provinces → cities → districts, plus one yearly version per city; parse + align + compare in ${(r.ms / 1000).toFixed(1)} s)`,
    '',
    '| metric | value |',
    '| --- | --- |',
    `| document pairs found (lower → higher) | ${r.pairs.right}/${r.pairs.expected} right, ${r.pairs.found} found |`,
    `| IMPLEMENTS links | P ${l.precision.toFixed(3)} R ${l.recall.toFixed(3)} F1 ${l.f1.toFixed(3)} (${l.right}/${l.expected} true, ${l.predicted} suggested) |`,
    `| plan comparison (kept/added/dropped per task) | ${c.accuracy.toFixed(3)} (${c.right}/${c.tasks}) |`,
    `| reworded tasks told apart from kept | ${(c.reworded === 0 ? 0 : c.rewordedRight / c.reworded).toFixed(3)} (${c.rewordedRight}/${c.reworded}) |`,
  ].join('\n');
}
