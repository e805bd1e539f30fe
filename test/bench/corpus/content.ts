// Body text of a synthetic task: sentences naming places, industries, corridors, projects and numeric targets.
import { INDUSTRY_NAMES } from '../../../graph/entities/data/industries.ts';
import type { EntityLabel } from '../../../graph/model.ts';
import {
  CORRIDOR_THEMES, COUNTED_NOUNS, FILLER_SENTENCES, NAME_FIRST, NAME_SECOND, RIVER_SUFFIXES, TARGET_TEMPLATES,
  TARGET_YEARS, WORKS_KINDS,
} from './data/vocabulary.ts';
import type { Random } from './random.ts';
import type { TruthTarget } from './truth.ts';

export interface Sentence {
  text: string;
  entities: [EntityLabel, string][];
  targets: TruthTarget[];
}

// Industries that are part of a longer lexicon entry (新能源 in 新能源汽车) are fine alone; the generic ones are not.
const INDUSTRIES = INDUSTRY_NAMES.filter((n) => n.length >= 2 && !['制造业', '服务业', '汽车', '林业', '渔业'].includes(n));

/** Two-character stems for generated names, distinct within one document. */
export class NameMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random) {}

  stem(): string {
    for (let tries = 0; tries < 200; tries++) {
      const s = `${this.rng.pick([...NAME_FIRST])}${this.rng.pick([...NAME_SECOND])}`;
      if (s[0] !== s[1] && !this.used.has(s)) {
        this.used.add(s);
        return s;
      }
    }
    return `${this.rng.pick([...NAME_FIRST])}${this.rng.pick([...NAME_SECOND])}`;
  }

  river(): string { return `${this.stem()}${this.rng.pick(RIVER_SUFFIXES)}`; }
  town(): string { return `${this.stem()}镇`; }
  village(): string { return `${this.stem()}村`; }
  mountain(): string { return `${this.stem()}山`; }
  lake(): string { return `${this.stem()}湖`; }
  reservoir(): string { return `${this.stem()}水库`; }
}

const one = (text: string, entities: [EntityLabel, string][] = [], targets: TruthTarget[] = []): Sentence => ({ text, entities, targets });

function formatValue(value: number, decimals: number): string {
  return decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
}

/** `到2027年，地区生产总值突破1200亿元` — one or two targets sharing the sentence's year. */
export function targetSentence(rng: Random): Sentence {
  const year = rng.pick(TARGET_YEARS);
  if (rng.chance(0.15)) {
    const noun = rng.pick(COUNTED_NOUNS);
    const value = rng.int(2, 30);
    return one(`到${year}年，打造${value}个${noun}`, [], [{ indicator: noun, value, unit: '个', year }]);
  }
  const clauses: string[] = [];
  const targets: TruthTarget[] = [];
  for (const t of rng.sample(TARGET_TEMPLATES, rng.chance(0.35) ? 2 : 1)) {
    const decimals = t.decimals ?? 0;
    const raw = t.min + rng.next() * (t.max - t.min);
    const value = Number(formatValue(raw, decimals));
    clauses.push(`${t.indicator}${rng.pick(t.verbs)}${formatValue(value, decimals)}${t.unit}${t.suffix ?? ''}`);
    targets.push({ indicator: t.indicator, value, unit: t.unit, year });
  }
  return one(`到${year}年，${clauses.join('，')}`, [], targets);
}

type Maker = (rng: Random, names: NameMaker) => Sentence;

const PLACE_SENTENCES: Maker[] = [
  (r, n) => { const x = n.river(); return one(`加强${x}流域水环境综合治理`, [['Place', x]]); },
  (r, n) => { const x = n.river(); return one(`推进${x}沿岸生态修复，确保${x}水质稳定达到III类`, [['Place', x]]); },
  (r, n) => { const t = n.town(); const v = n.village(); return one(`支持${t}${v}发展乡村旅游`, [['Place', t], ['Place', v]]); },
  (r, n) => { const x = n.mountain(); return one(`实施${x}生态保护修复`, [['Place', x]]); },
  (r, n) => { const x = n.lake(); return one(`提升${x}周边人居环境`, [['Place', x]]); },
  (r, n) => { const x = n.reservoir(); return one(`加强${x}水源地保护`, [['Place', x]]); },
  (r, n) => { const x = n.reservoir(); return one(`开工建设${x}，完善配套灌区`, [['Place', x], ['Project', x]]); },
  () => one('深化川渝两地协作', [['Place', '川渝']]),
];

const INDUSTRY_SENTENCES: Maker[] = [
  (r) => { const x = r.pick(INDUSTRIES); return one(`大力发展${x}产业`, [['Industry', x]]); },
  (r) => { const [x, y] = r.sample(INDUSTRIES, 2); return one(`培育壮大${x}、${y}等产业`, [['Industry', x], ['Industry', y]]); },
  (r) => { const x = r.pick(INDUSTRIES); return one(`积极引育${x}产业集群`, [['Industry', x]]); },
];

const CORRIDOR_SENTENCES: Maker[] = [
  (r, n) => { const x = `${n.river()}${r.pick(CORRIDOR_THEMES)}走廊`; return one(`共建${x}`, [['Corridor', x]]); },
  (r, n) => { const x = `${n.river()}经济带`; return one(`协同打造${x}`, [['Corridor', x]]); },
  (r, n) => { const x = `${n.river()}生态廊道`; return one(`推进${x}建设`, [['Corridor', x]]); },
];

const PROJECT_SENTENCES: Maker[] = [
  (r, n) => { const x = `${n.stem()}${r.pick(WORKS_KINDS)}工程`; return one(`实施${x}`, [['Project', x]]); },
  (r, n) => { const x = `${n.stem()}${r.pick(INDUSTRIES.filter((i) => i.length <= 4))}产业园`; return one(`规划建设${x}`, [['Project', x]]); },
  (r, n) => { const x = `${n.stem()}水厂`; return one(`加快建设${x}`, [['Project', x]]); },
  (r, n) => { const x = `${n.town()}污水处理厂`; return one(`推进${x}提标改造`, [['Project', x]]); },
];

const KINDS: readonly (readonly [Maker[] | 'target' | 'filler', number])[] = [
  [PLACE_SENTENCES, 0.26], [INDUSTRY_SENTENCES, 0.14], [CORRIDOR_SENTENCES, 0.1], [PROJECT_SENTENCES, 0.16],
  ['target', 0.2], ['filler', 0.26],
];

export function bodySentence(rng: Random, names: NameMaker): Sentence {
  const kind = rng.weighted(KINDS);
  if (kind === 'target') return targetSentence(rng);
  if (kind === 'filler') return one(rng.pick(FILLER_SENTENCES));
  return rng.pick(kind)(rng, names);
}

/** A task's body: three to six sentences, each ending in 。. */
export function taskBody(rng: Random, names: NameMaker): Sentence {
  const sentences: Sentence[] = [];
  for (let want = rng.int(3, 6), tries = 0; sentences.length < want && tries < 20; tries++) {
    const s = bodySentence(rng, names);
    if (!sentences.some((x) => x.text === s.text)) sentences.push(s);
  }
  return {
    text: sentences.map((s) => `${s.text}。`).join(''),
    entities: sentences.flatMap((s) => s.entities),
    targets: sentences.flatMap((s) => s.targets),
  };
}
