// A document-sharing site's text preview numbers its chunks `1、` `2、` `3、` at line starts, cutting mid-sentence:
// the numbers are the site's, not the plan's, so they are dropped and the chunks joined back into one text.
import type { TextWork } from './text-work.ts';

const CHUNK_MARK_RE = /^(\d{1,2})、/;
/** A chunk is a page of text: far longer than any numbered item's line. */
const MIN_CHUNK_CHARS = 200;
/** A line that stops without closing its sentence (…十九届, …示, …组): the next chunk goes on with it. */
const OPEN_END_RE = /[\u4e00-\u9fff\w,，、(（“]$/;

/** Line starts of a run of consecutive lines 1、 2、 3、 …, each but the last a long chunk cut mid-sentence. */
function chunkRun(lines: string[]): number[] | null {
  for (let i = 0; i < lines.length; i++) {
    if (CHUNK_MARK_RE.exec(lines[i])?.[1] !== '1') continue;
    let k = i;
    while (k + 1 < lines.length && CHUNK_MARK_RE.exec(lines[k + 1])?.[1] === String(k + 2 - i)) {
      const line = lines[k].trimEnd();
      if (line.length < MIN_CHUNK_CHARS || !OPEN_END_RE.test(line)) break;
      k++;
    }
    if (k > i) return Array.from({ length: k - i + 1 }, (_, x) => i + x);
  }
  return null;
}

/**
 * Text without the chunk numbers: `1、` is dropped, and each later `\nN、` with its line break, so a sentence or a
 * unit name the preview cut (高新园(邹区镇 / 2、)各街道) reads whole again. The offset map drops them too.
 */
export function joinPreviewChunks(work: TextWork): TextWork {
  const lines = work.text.split('\n');
  const run = chunkRun(lines);
  if (!run) return work;
  const drop: [number, number][] = [];
  let pos = 0;
  const starts = lines.map((l) => { const s = pos; pos += l.length + 1; return s; });
  run.forEach((line, k) => {
    const mark = CHUNK_MARK_RE.exec(lines[line])![0].length;
    drop.push(k === 0 ? [starts[line], starts[line] + mark] : [starts[line] - 1, starts[line] + mark]);
  });
  const parts: string[] = [];
  const keep: number[] = [];
  let last = 0;
  for (const [from, to] of drop) {
    parts.push(work.text.slice(last, from));
    for (let i = last; i < from; i++) keep.push(work.map[i]);
    last = to;
  }
  parts.push(work.text.slice(last));
  for (let i = last; i < work.text.length; i++) keep.push(work.map[i]);
  return { text: parts.join(''), map: Int32Array.from(keep) };
}
