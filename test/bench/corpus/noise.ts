// OCR noise for synthetic plans: the inverse of the normaliser's repair rules, plus damage to unit names and labels.
import { DAMAGED_LEAD_LABELS, OCR_CONFUSIONS } from './data/vocabulary.ts';
import type { Random } from './random.ts';

export const NOISE_KINDS = [
  'chuan', 'yiti', 'class-iii', 'pct-stop', 'digit-o', 'inner-space', 'one-dot', 'item-space',
  'stop-before-annotation', 'unit-sub', 'unit-drop', 'label',
] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

export interface NoiseEvent {
  kind: NoiseKind;
  from: string;
  to: string;
  /** For damage to a unit name: the canonical name it should still resolve to. */
  unit?: string;
}

const HAN = /[\u4e00-\u9fff]/;

/** Applies each kind of damage at each eligible place with probability `rate`; records what it did. */
export class Noise {
  private events: NoiseEvent[] = [];

  constructor(readonly rate: number, private readonly rng: Random) {}

  /** The events since the last drain (one task's worth). */
  drain(): NoiseEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  private hit(): boolean {
    return this.rate > 0 && this.rng.chance(this.rate);
  }

  private replaceEach(text: string, pattern: RegExp, kind: NoiseKind, to: (m: string) => string): string {
    return text.replace(pattern, (m) => {
      if (!this.hit()) return m;
      const out = to(m);
      this.events.push({ kind, from: m, to: out });
      return out;
    });
  }

  /** Body text and titles: 川→J11, 一体化→T本化, III类→IU类, %。→%o, 1200→12O0, and a stray space between two characters. */
  text(input: string): string {
    let s = this.replaceEach(input, /川/g, 'chuan', () => this.rng.pick(['J11', 'JI1', 'Jl1']));
    s = this.replaceEach(s, /一体(?=[化的])/g, 'yiti', () => 'T本');
    s = this.replaceEach(s, /III(?=类)/g, 'class-iii', () => 'IU');
    s = this.replaceEach(s, /%。/g, 'pct-stop', () => '%o');
    s = this.replaceEach(s, /(?<=\d)0(?=[\d千万亿])/g, 'digit-o', () => 'O');
    if (this.hit()) {
      const spots = [...s.matchAll(/[\u4e00-\u9fff](?=[\u4e00-\u9fff])/g)].map((m) => m.index + 1);
      if (spots.length > 0) {
        const at = this.rng.pick(spots);
        this.events.push({ kind: 'inner-space', from: s.slice(at - 1, at + 1), to: `${s[at - 1]} ${s[at]}` });
        s = `${s.slice(0, at)} ${s.slice(at)}`;
      }
    }
    return s;
  }

  /** An item number as printed: `1.` read as `L` (only where the repair can see it), or `3 .`. */
  itemNumber(n: number, afterBoundary: boolean): string {
    if (n === 1 && afterBoundary && this.hit()) {
      this.events.push({ kind: 'one-dot', from: '1.', to: 'L' });
      return 'L';
    }
    if (this.hit()) {
      this.events.push({ kind: 'item-space', from: `${n}.`, to: `${n} .` });
      return `${n} .`;
    }
    return `${n}.`;
  }

  /**
   * The full stop before a duty annotation read as 二, only where the repair can see it: after a Han
   * character and before an annotation that names 单位 at once or 牵头 soon (`二(区X负责)` stays unrepaired).
   */
  stopBeforeAnnotation(body: string, annotation: string): string {
    const repairable = HAN.test(body.at(-2) ?? '') && /^[(（](?:[^)）]{0,3}单位|[^)）]{0,30}牵头)/.test(annotation);
    if (!body.endsWith('。') || !repairable || !this.hit()) return body;
    this.events.push({ kind: 'stop-before-annotation', from: '。(', to: '二(' });
    return `${body.slice(0, -1)}二`;
  }

  /** A unit name with one inner character misread or lost (never the level prefix or the suffix). */
  unit(name: string, canonical: string): string {
    if (name.length < 4 || !this.hit()) return name;
    const at = this.rng.int(1, name.length - 2);
    if (this.rng.chance(0.5)) {
      const to = `${name.slice(0, at)}${name.slice(at + 1)}`;
      this.events.push({ kind: 'unit-drop', from: name, to, unit: canonical });
      return to;
    }
    const wrong = [...OCR_CONFUSIONS].filter((c) => c !== name[at]);
    const to = `${name.slice(0, at)}${this.rng.pick(wrong)}${name.slice(at + 1)}`;
    this.events.push({ kind: 'unit-sub', from: name, to, unit: canonical });
    return to;
  }

  /** The label 牵头单位 damaged beyond reading (钙单位). */
  leadLabel(): string {
    if (!this.hit()) return '牵头单位';
    const to = this.rng.pick(DAMAGED_LEAD_LABELS);
    this.events.push({ kind: 'label', from: '牵头单位', to });
    return to;
  }
}
