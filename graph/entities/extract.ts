// extractEntities: every candidate from every extractor, overlaps resolved longest-first, sorted by start.
import { PLACE_KEEPING_HEADS, RESERVOIR_BUILD_CUES } from './data/projects.ts';
import { industryCandidates } from './industries.ts';
import { placeCandidates } from './places.ts';
import { projectCandidates } from './projects.ts';
import type { EntityMention } from './types.ts';

const CLAUSE_DELIMS = '，,；;。！？!?：:\n';
const RESERVOIR_FOLLOWERS = ['、', '，', ',', '。', '；', ';', '等', '工程', '建设', '(', '（', ' '];
/** Things a work can be named after; 石鱼镇中心 of 石鱼镇中心敬老院 is part of a name, not a centre. */
const NAMED_AFTER_KINDS = new Set(['water', 'power', 'transport', 'facility', 'rail', 'street', 'venue']);
const LABEL_RANK = { Corridor: 1, Project: 2, Place: 3, Industry: 4 } as const;

// Module-level, not a closure in resolve: tsx (esbuild keepNames) names every named closure each time it is made.
function rank(m: EntityMention, preferred: ReadonlySet<EntityMention>): number {
  return preferred.has(m) ? 0 : LABEL_RANK[m.label];
}

/** Greedy longest-first choice of non-overlapping mentions; on equal spans gazetteer places win. */
function resolve(candidates: readonly EntityMention[], preferred: ReadonlySet<EntityMention>): EntityMention[] {
  const ordered = [...candidates].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || rank(a, preferred) - rank(b, preferred) || a.start - b.start);
  const chosen: EntityMention[] = [];
  // Characters already claimed by a longer (or preferred) mention: a check costs the candidate's length,
  // not the number chosen so far, so a text of thousands of names stays linear.
  const taken = new Uint8Array(candidates.reduce((max, m) => Math.max(max, m.end), 0));
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    chosen.push(c);
    taken.fill(1, c.start, c.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const PLACE_MEMO = new Map<string, readonly EntityMention[]>();
const PLACE_MEMO_SIZE = 10_000;

/** Places only, overlaps resolved: tests qualifiers (涪江生态廊道) and finds places inside names. */
export function extractPlaces(text: string): EntityMention[] {
  const { gazetteer, pattern } = placeCandidates(text);
  return resolve([...gazetteer, ...pattern], new Set(gazetteer));
}

/** extractPlaces for the short qualifiers projects ask about again and again; callers must not mutate. */
function placesInQualifier(text: string): readonly EntityMention[] {
  let found = PLACE_MEMO.get(text);
  if (!found) {
    if (PLACE_MEMO.size >= PLACE_MEMO_SIZE) PLACE_MEMO.clear();
    found = extractPlaces(text);
    PLACE_MEMO.set(text, found);
  }
  return found;
}

/**
 * A reservoir is a place; when its clause builds it (开工建设三叉口水库、…) it is also a Project,
 * returned as a twin mention with the same span right after the place.
 */
function reservoirTwin(text: string, place: EntityMention): EntityMention | null {
  if (place.label !== 'Place' || place.kind !== 'reservoir') return null;
  let clauseStart = place.start;
  while (clauseStart > 0 && !CLAUSE_DELIMS.includes(text[clauseStart - 1])) clauseStart--;
  const before = text.slice(clauseStart, place.start);
  if (!RESERVOIR_BUILD_CUES.some((cue) => before.includes(cue))) return null;
  const followed = place.end === text.length || RESERVOIR_FOLLOWERS.some((w) => text.startsWith(w, place.end));
  return followed ? { label: 'Project', name: place.name, kind: 'water', start: place.start, end: place.end } : null;
}

export function extractEntities(text: string): EntityMention[] {
  if (!text) return [];
  const { gazetteer, pattern } = placeCandidates(text);
  const ends = new Set([...gazetteer, ...pattern].map((p) => p.end));
  const candidates = [
    ...gazetteer, ...pattern, ...projectCandidates(text, ends, placesInQualifier), ...industryCandidates(text, ends),
  ];
  const out: EntityMention[] = [];
  for (const m of resolve(candidates, new Set(gazetteer))) {
    out.push(m);
    const twin = reservoirTwin(text, m);
    if (twin) out.push(twin);
    out.push(...namedAfter(text, m));
  }
  return out;
}

/**
 * What a work or facility is named after (太鹤镇污水处理厂 of 太鹤镇污水处理厂提标改造, 维新镇 of 维新镇敬老院)
 * stays a mention of its own, found in the name less its head (see PLACE_KEEPING_HEADS).
 */
function namedAfter(text: string, m: EntityMention): EntityMention[] {
  if (m.label !== 'Project') return [];
  const head = PLACE_KEEPING_HEADS.find((h) => m.name.endsWith(h));
  if (!head || m.end - m.start !== m.name.length) return [];
  return extractEntities(text.slice(m.start, m.end - head.length))
    .filter((e) => e.label === 'Place' || (e.label === 'Project' && NAMED_AFTER_KINDS.has(e.kind ?? '')))
    .map((e) => ({ ...e, start: e.start + m.start, end: e.end + m.start }));
}
