// Traditional-script (繁體) reposts: detected, and converted to simplified one character for one.
import * as OpenCC from 'opencc-js';

/** How much of a text is read to decide its script. */
const SAMPLE_CHARS = 4000;
/** Share of CJK characters that change under t2s above which a text is traditional (simplified: ~0). */
const MIN_TRADITIONAL_SHARE = 0.05;
const CJK = /[\u4e00-\u9fff]/;
/**
 * Frequent characters that only traditional script writes (们 个 这 来 … in simplified). A simplified
 * plan has none of them, so opencc (half a second to load, ~5 ms a document) runs only on likely 繁體.
 */
const TRADITIONAL_ONLY = /[們個這來說為與於對會發經國時實現業學關點進過還從當區縣務開將體機動產級書長門問題統設計劃應場報導術處續織總責輔導]/g;
const MIN_TRADITIONAL_HITS = 5;

let t2s: ((text: string) => string) | null = null;
// Taiwan-standard input also folds variants (著力 → 着力) that plain t2s keeps.
const toSimplified = (text: string) => (t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(text);

interface ScriptConversion {
  /** Simplified, same length as `original`: character i of one is character i of the other. */
  text: string;
  original: string;
}

function changedShare(sample: string, converted: string): number {
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    if (!CJK.test(sample[i])) continue;
    cjk++;
    if (converted[i] !== sample[i]) changed++;
  }
  return cjk === 0 ? 0 : changed / cjk;
}

// Phrase rules may change a line's length; such a line is converted character by character instead.
function convertLine(line: string): string {
  const whole = toSimplified(line);
  if (whole.length === line.length) return whole;
  return Array.from(line, (c) => {
    const one = toSimplified(c);
    return one.length === c.length ? one : c;
  }).join('');
}

/**
 * A character only traditional script writes, for a text as short as a question: TRADITIONAL_ONLY and the 繁體 forms of
 * the words staff use about plans (牽頭單位, 裡, 指標, 項, 辦, 號, 財稅, 環保, 農業 …). One is enough: simplified text has none.
 */
const TRADITIONAL_IN_SHORT_TEXT = /[們個這來說為與於對會發經國時實現業學關點進過還從當區縣務開將體機動產級書長門問題統設計劃應場報導術處續織總責輔裡標約漢牽頭單項資辦協財稅衛環農網號條規綱藥醫療價錢電話歷氣風雲鐵車輛廣東蘇濟遼寧魯陝貴鄉鎮領員幹監審聯絡勞齡護優質數據隊廳溝聽築廠鋼糧畝補貼購稱優]/u;

/** A short text (a question) in simplified script, character for character; simplified text comes back unchanged. */
export function simplifyShortText(text: string): string {
  return TRADITIONAL_IN_SHORT_TEXT.test(text) ? convertLine(text) : text;
}

/** The simplified text of a traditional-script document, or null when it is already simplified. */
export function simplifyScript(text: string): ScriptConversion | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(TRADITIONAL_ONLY) ?? []).length < MIN_TRADITIONAL_HITS) return null;
  const converted = toSimplified(sample);
  if (converted.length !== sample.length || changedShare(sample, converted) < MIN_TRADITIONAL_SHARE) return null;
  return { text: text.split('\n').map(convertLine).join('\n'), original: text };
}

/**
 * The parser's normalised text with the document's own characters back: wherever normalisation copied
 * a character (rather than rewriting it), the original's character at the same place replaces it.
 * Offsets are those of `normText`, so evidence spans stay valid.
 */
export function originalScript(normText: string, toOriginal: Int32Array, conversion: ScriptConversion): string {
  const out = Array.from({ length: normText.length }, (_, i) => {
    const at = toOriginal[i];
    return conversion.text[at] === normText[i] ? conversion.original[at] : normText[i];
  });
  return out.join('');
}
