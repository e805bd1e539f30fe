// Target years: `到2027年` deadlines and plain `2025年` markers, never ranges (2023-2027年) or baselines (较2022年).
import type { Span } from './types.ts';

const YEAR = /(到|至|截至|截止到|截止|力争到|预计到)?(?<![\d\-—~～])(20\d{2})年(?![\d\-—~～])(底|末|前)?/g;
const BASELINE_BEFORE = /(?:较|比|同|与|相比|相较|自|从)$/;
const START_AFTER = /^(?:以来|起|开始)/;

interface YearMarker {
  end: number;
  year: number;
  /** `到2027年`: it governs the goals that follow, beyond its own sentence. */
  deadline: boolean;
}

export function yearMarkers(text: string): YearMarker[] {
  const out: YearMarker[] = [];
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (!m[1] && BASELINE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (START_AFTER.test(text.slice(end, end + 2))) continue;
    out.push({ end, year: Number(m[2]), deadline: Boolean(m[1] || m[3]) });
  }
  return out;
}

/** The year of a target at `pos`: a marker earlier in its sentence, else the last deadline before it. */
export function yearAt(markers: readonly YearMarker[], pos: number, sentence: Span | undefined): number | undefined {
  let inSentence: number | undefined;
  let deadline: number | undefined;
  for (const m of markers) {
    if (m.end > pos) break;
    if (sentence && m.end > sentence.start) inSentence = m.year;
    if (m.deadline) deadline = m.year;
  }
  return inSentence ?? deadline;
}
