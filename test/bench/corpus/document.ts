// One synthetic plan: parts, sections, items, a flattened table and paragraph-tasks, with its ground truth.
import type { EntityLabel } from '../../../graph/model.ts';
import { NameMaker, targetSentence, taskBody, type Sentence } from './content.ts';
import { renderAnnotation, renderUnderSectionLead, UnitWriter, type Rendered } from './conventions.ts';
import {
  FILLER_SENTENCES, MEASURE_TITLES, PARAGRAPH_TITLES, PART_TITLES, SECTION_TITLES, TITLE_GROUPS,
} from './data/vocabulary.ts';
import { Noise, type NoiseEvent } from './noise.ts';
import type { Random } from './random.ts';
import { renderBlocks, type Block } from './render.ts';
import { tableBlock } from './table.ts';
import type { ConventionId, Layout, TruthDocument, TruthTask } from './truth.ts';
import type { CorpusUnit, UnitPool } from './units.ts';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const PLAN_THEMES = ['推进新型工业化', '推动高质量发展', '深化生态文明建设', '全面推进乡村振兴', '推动双城经济圈建设', '建设现代化基础设施'];
const PLAN_KINDS = ['行动方案', '实施方案', '工作方案', '任务分工方案'];

const ITEM_CONVENTIONS: readonly (readonly [ConventionId, number])[] = [
  ['labelled', 0.2], ['labelled-fullwidth', 0.1], ['lead-support-clause', 0.12], ['lead-collective', 0.06],
  ['responsible-bracket', 0.08], ['responsible-clause', 0.08], ['own-line', 0.14], ['lead-mark', 0.06],
  ['non-duty-fields', 0.1], ['no-annotation', 0.03],
];
const INLINE = new Set<ConventionId>(['labelled', 'labelled-fullwidth', 'lead-support-clause', 'lead-collective', 'responsible-bracket', 'responsible-clause', 'lead-mark', 'non-duty-fields']);

/** The three ways a plan names itself: 铜梁区推进…行动方案, 铜梁区关于…的实施方案, 铜梁区人民政府关于印发…的通知. */
function planTitle(rng: Random, jurisdiction: string): string {
  const plan = `${rng.pick(PLAN_THEMES)}${rng.pick(PLAN_KINDS)}`;
  return rng.weighted([
    [`${jurisdiction}${plan}`, 0.3],
    [`${jurisdiction}关于${plan.replace(/(方案)$/, '')}`.replace(/(行动|实施|工作|任务分工)$/, '的$1方案'), 0.35],
    [`${jurisdiction}人民政府关于印发${jurisdiction}${plan}的通知`, 0.35],
  ] as const);
}

export interface DocumentSpec {
  index: number;
  pool: UnitPool;
  layout: Layout;
  rng: Random;
  noise: Noise;
}

export interface GeneratedDocument {
  file: string;
  text: string;
  truth: TruthDocument;
}

function entityMap(pairs: [EntityLabel, string][]): TruthTask['entities'] {
  const out: TruthTask['entities'] = {};
  for (const [label, name] of pairs) {
    const list = (out[label] ??= []);
    if (!list.includes(name)) list.push(name);
  }
  return out;
}

/** Task titles, distinct within a document; some name a place (推进X河流域综合治理). */
class Titles {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random, private readonly names: NameMaker) {}

  next(): { title: string; entities: [EntityLabel, string][] } {
    if (this.rng.chance(0.08)) {
      const river = this.names.river();
      return { title: `推进${river}流域综合治理`, entities: [['Place', river]] };
    }
    for (;;) {
      const g = this.rng.pick(TITLE_GROUPS);
      const title = `${this.rng.pick(g.verbs)}${this.rng.pick(g.objects)}`;
      if (!this.used.has(title)) {
        this.used.add(title);
        return { title, entities: [] };
      }
    }
  }
}

class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly tasks: TruthTask[] = [];
  readonly names: NameMaker;
  readonly titles: Titles;
  readonly writer: UnitWriter;

  constructor(readonly spec: DocumentSpec) {
    this.names = new NameMaker(spec.rng);
    this.titles = new Titles(spec.rng, this.names);
    this.writer = new UnitWriter(spec.pool, spec.rng, spec.noise);
  }

  get lines(): boolean { return this.spec.layout !== 'oneline'; }

  text(s: string): string { return this.spec.noise.text(s); }

  /** A task: title + body, its annotation inline or on own lines; its truth recorded. */
  task(number: string | null, rendered: Rendered, conventions: ConventionId[], inherited: NoiseEvent[] = []): void {
    const { rng, noise } = this.spec;
    const title = this.titles.next();
    const body: Sentence = taskBody(rng, this.names);
    let text = this.text(`${title.title}。${body.text}`);
    if (rendered.inline) text = noise.stopBeforeAnnotation(text, rendered.inline) + rendered.inline;
    this.blocks.push(number === null ? { kind: 'para', text } : { kind: 'item', number, text });
    if (rendered.lines.length > 0) this.blocks.push({ kind: 'labels', lines: rendered.lines });
    this.tasks.push({
      title: title.title, ...rendered.duties, entities: entityMap([...title.entities, ...body.entities]), targets: body.targets,
      conventions, forms: rendered.forms, noise: [...inherited, ...noise.drain()],
    });
  }

  itemConvention(): ConventionId {
    const choices = ITEM_CONVENTIONS.filter(([c]) => this.lines || c !== 'own-line');
    return this.spec.rng.weighted(choices);
  }

  section(n: number, title: string): void {
    const { rng, noise } = this.spec;
    noise.drain(); // damage to text before the section belongs to no task
    const items = rng.int(2, 6);
    let lead: CorpusUnit[] = [];
    let heading = `(${CN[n]})${title}`;
    if (rng.chance(0.15)) {
      lead = this.writer.pick(1);
      heading += `(${noise.leadLabel()}:${this.writer.write(lead[0])})`;
    }
    this.blocks.push({ kind: 'section', text: heading });
    // Damage to the heading's lead is every item's damage: they all inherit that lead.
    const headingNoise = noise.drain();
    if (rng.chance(0.5)) this.blocks.push({ kind: 'para', text: this.text(`${rng.pick(FILLER_SENTENCES)}。`) });
    noise.drain();
    for (let k = 1; k <= items; k++) {
      const number = noise.itemNumber(k, true);
      if (lead.length > 0) {
        this.task(number, renderUnderSectionLead(this.writer, rng, lead), ['section-lead'], headingNoise);
      } else {
        const convention = this.itemConvention();
        this.task(number, renderAnnotation(convention, this.writer, rng, noise), [convention]);
      }
    }
  }

  paragraphs(): void {
    const { rng, noise } = this.spec;
    noise.drain();
    for (const title of rng.sample(PARAGRAPH_TITLES, rng.int(2, 4))) {
      const convention = rng.weighted(ITEM_CONVENTIONS.filter(([c]) => INLINE.has(c)));
      const rendered = renderAnnotation(convention, this.writer, rng, noise);
      const body = taskBody(rng, this.names);
      const text = noise.stopBeforeAnnotation(this.text(`${title}。${body.text}`), rendered.inline) + rendered.inline;
      this.blocks.push({ kind: 'para', text });
      this.tasks.push({
        title, ...rendered.duties, entities: entityMap(body.entities), targets: body.targets,
        conventions: ['paragraph-task', convention], forms: rendered.forms, noise: noise.drain(),
      });
    }
  }
}

export function generateDocument(spec: DocumentSpec): GeneratedDocument {
  const { rng, pool, layout, noise } = spec;
  const b = new DocumentBuilder(spec);
  const title = planTitle(rng, pool.jurisdiction);
  b.blocks.push({ kind: 'title', text: title });
  b.blocks.push({ kind: 'para', text: `为深入贯彻落实党的二十大精神，${rng.pick(PLAN_THEMES)}，结合${pool.jurisdiction}实际，制定本方案。` });
  let part = 1;
  b.blocks.push({ kind: 'part', text: `${CN[part++]}、${PART_TITLES.general}` });
  b.blocks.push({ kind: 'section', text: '(一)指导思想' }, { kind: 'para', text: b.text(`${rng.pick(FILLER_SENTENCES)}。`) });
  b.blocks.push({ kind: 'section', text: '(二)工作目标' }, { kind: 'para', text: b.text(`${targetSentence(rng).text}。`) });
  b.blocks.push({ kind: 'part', text: `${CN[part++]}、${rng.pick(PART_TITLES.tasks)}` });
  rng.sample(SECTION_TITLES, rng.int(3, 6)).forEach((t, k) => b.section(k + 1, t));
  if (rng.chance(0.3)) {
    b.blocks.push({ kind: 'part', text: `${CN[part++]}、${PART_TITLES.paragraphs}` });
    b.paragraphs();
  }
  if (b.lines && rng.chance(0.45)) {
    b.blocks.push({ kind: 'part', text: `${CN[part++]}、重点任务分工` });
    b.blocks.push(tableBlock(b, rng, noise));
  }
  b.blocks.push({ kind: 'part', text: `${CN[part++]}、${PART_TITLES.measures}` });
  const fillers = rng.shuffle(FILLER_SENTENCES);
  rng.sample(MEASURE_TITLES, rng.int(2, 4)).forEach((t, k) => {
    b.blocks.push({ kind: 'section', text: `(${CN[k + 1]})${t}` }, { kind: 'para', text: b.text(`${fillers[k]}。${fillers[k + 5]}。`) });
  });
  noise.drain();
  const file = `doc-${String(spec.index + 1).padStart(4, '0')}.${layout === 'md' ? 'md' : 'txt'}`;
  const fileLine = layout === 'oneline' && rng.chance(0.5) ? `${title}.docx` : null;
  return {
    file,
    text: renderBlocks(b.blocks, layout, fileLine),
    truth: { file, title, jurisdiction: pool.jurisdiction, layout, tasks: b.tasks },
  };
}

export type { DocumentBuilder };
