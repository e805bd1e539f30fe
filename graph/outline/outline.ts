// Build a document's outline from its markers, recording page gaps instead of merging unrelated sections.
import { endsMidSentence } from './cut.ts';
import { findMarkers, headingTitle, isArticle, type Marker } from './markers.ts';
import { dashItemStarts, eachClosesASentence, eachLineClosesOne, eachLineHeadedByOne, eachListLineClosesOne, sentencesOfItsLine, titleStart } from './paragraph-rules.ts';
import { findSegments, type Segment } from './segments.ts';
import { firstStartingFrom, lastEndingBefore, lastStartingBefore } from './spans.ts';

type OutlineKind = 'part' | 'section' | 'item' | 'subitem' | 'gap' | 'inferred' | 'paragraph';

export interface OutlineNode {
  kind: OutlineKind;
  number: string;
  path: string;
  title: string;
  start: number;
  end: number;
  /** Where the node's own text begins after its heading. */
  bodyStart: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
}

interface GapEvent {
  at: number;
  reason: 'orphan-annotation' | 'truncated-annotation' | 'numbering-restart' | 'numbering-skip' | 'section-repeat';
  detail: string;
}

interface OutlineInput {
  text: string;
  /** Spans that are annotations: no marker inside them, and they may move to an inferred item. */
  annotations: { start: number; end: number }[];
  /**
   * Whether an annotation that closes a numbering gap still fits the item before it (its lead's field
   * names the item's subject); when it does not, it belongs to the missing item.
   */
  fitsItem?: (annotation: { start: number; end: number }, itemTitle: string) => boolean;
  /** Positions where a page gap is known from the annotations (lost opening, list running into body text). */
  gapsAt: { at: number; reason: GapEvent['reason']; detail: string }[];
}

export interface Outline {
  root: OutlineNode;
  nodes: OutlineNode[];
  gaps: GapEvent[];
}

const LEVEL: Record<OutlineKind, number> = { part: 1, gap: 1, section: 2, item: 3, inferred: 3, paragraph: 3, subitem: 4 };

class Builder {
  readonly root: OutlineNode;
  readonly nodes: OutlineNode[] = [];
  readonly gaps: GapEvent[] = [];
  private stack: OutlineNode[];
  private lastPart = 0;
  private gapCount = 0;
  private lastValue = new Map<OutlineNode, number>();
  private lastSection = new Map<OutlineNode, number>();
  /** The last item number of any list at each level: a list that runs on across sections is no gap. */
  private lastAnyItem = new Map<OutlineKind, number>();
  private prefix = '';
  private readonly segments: (Segment & { firstNode: number })[] = [];

  constructor(private readonly input: OutlineInput) {
    this.root = node('part', '', '', '', 0, input.text.length, null);
    this.root.end = input.text.length;
    this.stack = [this.root];
  }

  private top(): OutlineNode { return this.stack[this.stack.length - 1]; }

  /** Close every open node at or below `level` at position `at`. */
  private closeTo(level: number, at: number): void {
    while (this.stack.length > 1 && LEVEL[this.top().kind] >= level) {
      this.top().end = at;
      this.stack.pop();
    }
  }

  private open(n: OutlineNode): OutlineNode {
    const parent = this.top();
    n.parent = parent;
    n.path = parent === this.root ? `${this.prefix}${segment(n)}` : `${parent.path}/${segment(n)}`;
    parent.children.push(n);
    this.nodes.push(n);
    this.stack.push(n);
    return n;
  }

  /** A notice ends or an attachment begins: numbering starts again, under the segment's prefix. */
  startSegment(seg: Segment): void {
    this.closeTo(1, seg.start);
    this.segments.push({ ...seg, firstNode: this.nodes.length });
    this.lastPart = 0;
    this.lastValue.clear();
    this.lastSection.clear();
    this.lastAnyItem.clear();
    this.prefix = seg.prefix;
  }

  openGap(at: number, reason: GapEvent['reason'], detail: string): void {
    this.gaps.push({ at, reason, detail });
    this.closeTo(1, at);
    this.gapCount++;
    const gap = node('gap', '', `gap${this.gapCount}`, '（缺页：章节标题不详）', at, at, null);
    this.open(gap);
  }

  private container(level: number): OutlineNode {
    for (let i = this.stack.length - 1; i >= 0; i--) if (LEVEL[this.stack[i].kind] < level) return this.stack[i];
    return this.root;
  }

  part(m: Marker): void {
    if (m.value <= this.lastPart) return; // 一、 inside a sentence, or a repeated number: not a heading
    if (this.lastPart > 0 && m.value > this.lastPart + 1) {
      this.gaps.push({ at: m.start, reason: 'numbering-skip', detail: `第${this.lastPart + 1}部分缺失` });
    }
    this.lastPart = m.value;
    this.closeTo(1, m.start);
    this.open(this.heading('part', m));
  }

  section(m: Marker): void {
    // An article's points (第六条 … / （一）区应急局：… （十四）各街道、镇：…, the 项 of a 条) are its sub-items, as its 1、 2、 are;
    // points its stem calls what is checked or required (对以下内容组织开展联合检查, 评审内容主要包括…, 应符合以下基本条件) are
    // its text: the article is the one task.
    const article = this.container(LEVEL.subitem);
    if (isArticle(article)) {
      const stemEnd = article.children[0]?.start ?? m.start;
      if (!CONTENTS_STEM_RE.test(this.input.text.slice(article.bodyStart, stemEnd))) this.item(m, 'subitem');
      return;
    }
    const parent = this.container(2);
    const last = this.lastSection.get(parent) ?? 0;
    // A section number inside running text is only a heading when it is the next one expected.
    if (m.loose && m.value !== last + 1) return;
    if (m.value <= last) this.openGap(m.start, 'section-repeat', `章节(${m.number})重复出现，前面的部分标题缺失`);
    else if (m.value > last + 1 && last > 0) {
      this.gaps.push({ at: m.start, reason: 'numbering-skip', detail: `章节${m.number}之前有缺失` });
    }
    this.closeTo(2, m.start);
    this.lastSection.set(this.container(2), m.value);
    this.open(this.heading('section', m));
  }

  item(m: Marker, kind: 'item' | 'subitem' = 'item'): void {
    // An article's numbered points (第十三条 安全管理细则 → 1、…14、) are its sub-items, not a list restarting at 1.
    if (kind === 'item' && !isArticle(m) && isArticle(this.container(LEVEL.subitem))) kind = 'subitem';
    const level = LEVEL[kind];
    let parent = this.container(level);
    const last = this.lastValue.get(parent) ?? 0;
    // Expected: the next in this list, or, opening a list, the next of the list that runs on across sections.
    const runsOn = last === 0 && m.value === (this.lastAnyItem.get(kind) ?? 0) + 1;
    if (m.loose && m.value !== last + 1 && !runsOn) return;
    const before = this.annotationBefore(m.start, parent);
    if (m.value <= last && kind === 'item') {
      const at = before && m.value > 1 ? before.start : m.start;
      this.openGap(at, 'numbering-restart', `编号从${last}回到${m.value}，前面的章节标题缺失`);
      parent = this.top();
    } else if (m.value > last + 1 && !runsOn) {
      this.gaps.push({ at: m.start, reason: 'numbering-skip', detail: last + 1 === m.value - 1 ? `第${last + 1}项缺失` : `第${last + 1}至${m.value - 1}项缺失` });
    }
    const previous = parent.children[parent.children.length - 1];
    const fits = before && previous && previous.kind === 'item' && before.start >= previous.bodyStart
      && (this.input.fitsItem?.(before, previous.title) || this.chained(before, previous) || this.closesItsLine(before, previous, m));
    if (m.value > 1 && before && !fits && (this.lastValue.get(parent) ?? 0) < m.value - 1) {
      const from = this.tailStart(before, parent);
      this.closeTo(level, from);
      const inferred = node('inferred', String(m.value - 1), '', '（缺页：任务标题不详）', from, before.end, null);
      inferred.bodyStart = from;
      this.open(inferred);
      this.closeTo(level, before.end);
    }
    this.closeTo(level, m.start);
    this.lastValue.set(this.container(level), m.value);
    this.lastAnyItem.set(kind, m.value);
    this.open(this.heading(kind, m));
  }

  /**
   * Where the item a page gap lost begins. Before the list's first heading (an excerpt that opens inside item 11:
   * …提高我区市容景观整体观瞻水平。牵头单位:X。责任单位:Y。12、…) its tail is kept: the sentences of the annotation
   * block's line, with every annotation of the block. Elsewhere only the annotation is known to be the lost item's.
   */
  private tailStart(ann: { start: number; end: number }, parent: OutlineNode): number {
    if (parent.children.length > 0) return ann.start;
    const all = this.input.annotations;
    let first = ann;
    for (let i = lastStartingBefore(all, ann.start) - 1; i >= 0 && all[i].start >= parent.bodyStart; i--) {
      if (!/^[\s。;；,，]*$/.test(this.input.text.slice(all[i].end, first.start))) break;
      first = all[i];
    }
    const lineStart = this.input.text.lastIndexOf('\n', first.start - 1) + 1;
    return Math.max(lineStart, parent.bodyStart, parent === this.root ? 0 : parent.start);
  }

  /**
   * An annotation right after another one inside `item` (牵头单位:X。责任单位:A、B。): the two are one block, the
   * item's own, never the annotation of an item a page gap lost.
   */
  private chained(ann: { start: number; end: number }, item: OutlineNode): boolean {
    const all = this.input.annotations;
    const previous = all[lastStartingBefore(all, ann.start) - 1];
    return !!previous && previous.start >= item.bodyStart && /^[\s。;；,，]*$/.test(this.input.text.slice(previous.end, ann.start));
  }

  /**
   * An item printed one a line whose annotation closes its own line, the next item on the next line (江苏 2007: `5.城镇居民
   * …增长8%左右。 (工资处、就管中心)` then `7.…`): the annotation is that item's, though a number is missing between them —
   * a page gap loses whole lines, never the end of one.
   */
  private closesItsLine(ann: { start: number; end: number }, item: OutlineNode, next: Marker): boolean {
    const { text } = this.input;
    // The line break between annotation and marker first: on a plan run on one line nothing is scanned back.
    if (!text.slice(ann.end, next.start).includes('\n')) return false;
    const lineStart = (pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
    return lineStart(item.start) === lineStart(ann.start) && /^[ \t\u3000]*$/.test(text.slice(lineStart(item.start), item.start))
      && /^[ \t\u3000]*$/.test(text.slice(lineStart(next.start), next.start));
  }

  /** The annotation that closes the text right before a marker, if it lies inside `parent`. */
  private annotationBefore(pos: number, parent: OutlineNode) {
    const ann = this.input.annotations[lastEndingBefore(this.input.annotations, pos)];
    if (!ann || ann.start < parent.bodyStart) return null;
    if (/[^\s。,，;；]/.test(this.input.text.slice(ann.end, pos))) return null;
    const lastChild = parent.children[parent.children.length - 1];
    if (lastChild && lastChild.kind !== 'inferred' && ann.start < lastChild.bodyStart) return null;
    return ann;
  }

  private heading(kind: OutlineKind, m: Marker): OutlineNode {
    const next = this.nextMarkerStart(m.start);
    const { title, end } = this.unitAlone(m.bodyStart, next) ?? headingTitle(this.input.text, m.bodyStart, next);
    const n = node(kind, m.number, '', title, m.start, this.input.text.length, null);
    n.bodyStart = Math.min(end, next);
    return n;
  }

  /**
   * An item headed by its unit alone, the unit's duty after it on the same line (1.街道消委办。牵头开展…, 古美路街道 2022;
   * （一）区房管局。负责…, 虹口 2014): the name is the item's annotation and the duty its title. An item whose name stands
   * alone on its line (（五）各街道办事处。 over 1. … 3.) keeps the name.
   */
  private unitAlone(from: number, next: number): { title: string; end: number } | null {
    const { text, annotations } = this.input;
    const { end } = headingTitle(text, from, next);
    const ann = annotations[firstStartingFrom(annotations, from)];
    if (!ann || ann.end !== end || text[end] !== '。' || text.slice(from, ann.start).trim() !== '') return null;
    const rest = headingTitle(text, end + 1, next);
    return rest.title && !text.slice(end + 1, rest.end).includes('\n') ? rest : null;
  }

  markers: Marker[] = [];
  private nextMarkerStart(pos: number): number {
    const next = this.markers[lastStartingBefore(this.markers, pos) + 1];
    return next ? next.start : this.input.text.length;
  }

  finish(): Outline {
    this.closeTo(1, this.input.text.length);
    for (const n of [this.root, ...this.nodes]) {
      if (n.children.length > 0) continue;
      if (LEVEL[n.kind] <= 2) this.paragraphs(n);
      else if (n.kind === 'item' || n.kind === 'subitem') this.paragraphs(n, true);
    }
    this.headinglessAttachments();
    this.leadingDashItems();
    this.loneParagraph();
    this.leadingTail();
    return { root: this.root, nodes: this.nodes, gaps: this.gaps };
  }

  /**
   * An attachment with no numbered heading whose paragraphs each carry their units (a 预案's annex 相关部门、单位的职责:
   * `区应急局：组织、参与…` a line): the attachment is a part, each paragraph a task under it.
   */
  private headinglessAttachments(): void {
    this.segments.forEach((seg, k) => {
      const next = this.segments[k + 1];
      if (!seg.prefix.startsWith('附件') || (next ? next.firstNode : this.nodes.length) !== seg.firstNode) return;
      const part = node('part', '', seg.prefix.replace(/\/$/u, ''), '', seg.start, next ? next.start : this.input.text.length, this.root);
      // Its label and title lines (附件 / 相关部门、单位的职责) head it: the first task begins on the first unit's line.
      const first = this.input.annotations[firstStartingFrom(this.input.annotations, seg.start)];
      if (!first || first.start >= part.end) return;
      part.bodyStart = this.input.text.lastIndexOf('\n', first.start - 1) + 1;
      const at = this.nodes.length;
      this.paragraphs(part);
      if (part.children.length === 0) return;
      this.root.children.push(part);
      // Before its paragraphs: the batch names a node's parent by the nodes before it, so a part listed after its
      // children left their edges to it without a target (an invalid batch, the document not loaded).
      this.nodes.splice(at, 0, part);
      this.root.children.sort((a, b) => a.start - b.start);
    });
  }

  /**
   * A page with no heading at all whose one annotation closes a paragraph (a 民生工程 archive's project page: its
   * paragraph, then 承办部门:X; a plan's repost cut after its first measure, 德州 2023: …链条孵化体系。(X牵头负责,Y配合)):
   * that paragraph is a task, from the start of its line (the line before, when the annotation has a line of its own).
   */
  private loneParagraph(): void {
    const { text, annotations } = this.input;
    if (this.root.children.length > 0 || annotations.length !== 1) return;
    const a = annotations[0];
    const after = text.indexOf('\n', a.end);
    // Text must follow its line: an annotation the excerpt's end cut (a table's last row, 长沙 2021) may be no paragraph's.
    if (after < 0 || text.slice(after).trim() === '' || text.slice(a.end, after).replace(/[。;；]/gu, '').trim() !== '') return;
    let from = text.lastIndexOf('\n', a.start - 1) + 1;
    if (text.slice(from, a.start).trim() === '') from = text.lastIndexOf('\n', Math.max(0, text.slice(0, from).trimEnd().length) - 1) + 1;
    if (!LONE_PARAGRAPH_RE.test(text.slice(from, a.start))) return;
    this.paragraph(this.root, from, a, 1);
  }

  /**
   * A page that opens inside an item whose number was on the page before (a 县 opinion's page 2: `10000亩高稳农田(地)建设,
   * …的目标。` / `责任单位:县农业局、各乡镇人民政府。` / `(七)抓好…`): the one annotation before the first heading, on a line
   * of its own right after a paragraph and right before that heading, closes the item's tail, a task with no number.
   */
  private leadingTail(): void {
    const first = this.root.children[0];
    const { text, annotations } = this.input;
    if (!first || first.kind === 'paragraph' || first.kind === 'gap') return;
    const before = annotations.filter((a) => a.end <= first.start);
    if (before.length !== 1) return;
    const a = before[0];
    const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
    if (text.slice(lineStart, a.start).trim() !== '' || text.slice(a.end, first.start).replace(/[。;；]/gu, '').trim() !== '') return;
    const from = text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
    if (lineStart === 0 || !TAIL_PARAGRAPH_RE.test(text.slice(from, lineStart - 1))) return;
    this.paragraph(this.root, from, a, 1);
    this.root.children.sort((x, y) => x.start - y.start);
  }

  /** Dash-bulleted items before the first heading, closed by their annotations (an excerpt that lost their heading). */
  private leadingDashItems(): void {
    const first = this.root.children[0];
    if (!first) return;
    const inside = this.input.annotations.filter((a) => a.start >= this.root.bodyStart && a.end <= first.start);
    const starts = inside.length > 0 ? dashItemStarts(this.input.text, inside) : null;
    if (!starts) return;
    inside.forEach((a, k) => this.paragraph(this.root, starts[k], a, k + 1));
    this.root.children.sort((a, b) => a.start - b.start);
  }

  /**
   * Unnumbered paragraph-tasks: a section without numbered items (or an item titled by its own sentence,
   * `underTitle`) whose paragraphs each carry their own annotation. Each annotation closes one task that
   * began after the previous one.
   */
  private paragraphs(parent: OutlineNode, underTitle = false): void {
    const all = this.input.annotations;
    const inside: OutlineInput['annotations'] = [];
    for (let i = firstStartingFrom(all, parent.bodyStart); i < all.length && all[i].start < parent.end; i++) {
      if (all[i].end <= parent.end) inside.push(all[i]);
    }
    if (inside.length < 2) return;
    // A heading whose own line closes the first annotation (a table row under a (四) serial whose later cells are lines
    // of their own) is read line by line too: its line is the first task.
    const byLine = underTitle ? eachLineClosesOne(this.input.text, parent, inside) || eachListLineClosesOne(this.input.text, parent, inside)
      : parent !== this.root && eachLineClosesOne(this.input.text, parent, inside);
    // An item titled on its line alone over paragraphs each headed by its unit (第十四条（职责分工） / 镇规划建设办：负责… /
    // 各行政村：…, 月浦镇 2019): each paragraph is a task, the title none.
    const headed = underTitle && !byLine && eachLineHeadedByOne(this.input.text, parent, inside);
    if (underTitle && !byLine && !headed && !eachClosesASentence(this.input.text, parent, inside)) return;
    if (!underTitle && sentencesOfItsLine(this.input.text, parent, inside)) return;
    // Line by line, the item's own line is the first task: it begins at the item's title.
    let from = headed ? inside[0].start : byLine ? titleStart(this.input.text, parent) : parent.bodyStart;
    inside.forEach((a, k) => { from = this.paragraph(parent, from, a, k + 1); });
    // An excerpt that stops inside one more paragraph (its annotation cut off) keeps it as the last one.
    const { text } = this.input;
    if (parent.end === text.length && endsMidSentence(text) && CUT_PARAGRAPH_RE.test(text.slice(from))) {
      this.paragraph(parent, from, { start: text.length, end: text.length }, inside.length + 1);
    }
  }

  /** One paragraph-task from `from` to the end of its annotation; returns where the next one may begin. */
  private paragraph(parent: OutlineNode, from: number, a: { start: number; end: number }, k: number): number {
    while (from < a.start && /[\s。;；]/.test(this.input.text[from])) from++;
    // A paragraph its annotation opens (区民防办：负责…, its units heading it) takes its title from its own text.
    const { title } = headingTitle(this.input.text, from, from === a.start ? a.end : a.start);
    const p = node('paragraph', '', '', title, from, a.end, parent);
    p.bodyStart = from;
    p.path = `${parent === this.root ? '' : `${parent.path}/`}¶${k}`;
    parent.children.push(p);
    this.nodes.push(p);
    return a.end;
  }
}

/** An article's stem that introduces a list of what is checked, reviewed or required, not of duties. */
const CONTENTS_STEM_RE = /(?:内容|条件|情形|标准)/u;

/** A paragraph of its own before the annotation: a sentence or more, closed by 。 (spaces of an indent aside). */
const LONE_PARAGRAPH_RE = /^[\s\u3000]*[\u4e00-\u9fff“][^\n]{8,}。[\s\u3000]*$/u;

/** An item's tail a page opens with: a paragraph closed by 。, its first word possibly a figure (10000亩…). */
const TAIL_PARAGRAPH_RE = /^[\s\u3000]*[\u4e00-\u9fff“\d][^\n]{8,}。[\s\u3000]*$/u;

/** What follows the last annotation opens a sentence of its own, which the end of the excerpt cut. */
const CUT_PARAGRAPH_RE = /^[\s。;；]*[\u4e00-\u9fff]{4}/;

function segment(n: OutlineNode): string {
  return n.kind === 'gap' ? n.path : n.number;
}

function node(kind: OutlineKind, number: string, path: string, title: string, start: number, end: number, parent: OutlineNode | null): OutlineNode {
  return { kind, number, path, title, start, end, bodyStart: start, parent, children: [] };
}

/** The items with nothing under them at or below `node`, in order: the ones a heading's duty passes down to. */
export function leavesOf(node: OutlineNode): OutlineNode[] {
  return node.children.length === 0 ? [node] : node.children.flatMap(leavesOf);
}

export function buildOutline(raw: OutlineInput): Outline {
  const input = { ...raw, annotations: [...raw.annotations].sort((a, b) => a.start - b.start) };
  // A marker an annotation opens with (an item's numbered fields, (一)责任领导:…) is the annotation's text, no heading.
  const inAnnotation = (pos: number) => {
    const a = input.annotations[lastStartingBefore(input.annotations, pos)];
    return !!a && pos < a.end;
  };
  const builder = new Builder(input);
  const markers = findMarkers(input.text, inAnnotation);
  builder.markers = markers;
  const segments = findSegments(input.text, (pos) => input.annotations.length > 0 && input.annotations[0].start < pos);
  type Event = { at: number; run: () => void };
  // Segment starts come first so that a marker at the same position already counts in the new segment.
  const events: Event[] = [
    ...segments.map((seg) => ({ at: seg.start, run: () => builder.startSegment(seg) })),
    ...markers.map((m) => ({
      at: m.start,
      run: () => (m.kind === 'part' ? builder.part(m) : m.kind === 'section' ? builder.section(m) : builder.item(m, m.kind)),
    })),
    ...input.gapsAt.map((g) => ({ at: g.at, run: () => builder.openGap(g.at, g.reason, g.detail) })),
  ];
  events.sort((a, b) => a.at - b.at);
  for (const e of events) e.run();
  return builder.finish();
}
