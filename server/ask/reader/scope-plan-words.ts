// 杨浦二季度的要点 / 玉环的三季度通报: where a place has several plans loaded, a quarter or a genre word the question says
// that only some of their titles carry picks those, one group per word in the question's order (as narrowByYear does).
import type { Scope } from './scope.ts';
import { documentLabel, type GraphView } from './view.ts';

/** 二季度, 第三季度, 3季度: the quarter as titles write it (第二季度, 三季度完成情况). */
const QUARTER = /第?([一二三四1-4])季度(?:里面|里|中|内)?/gu;
const QUARTER_DIGIT: Record<string, string> = { 1: '一', 2: '二', 3: '三', 4: '四' };
/** A plan's genre as staff call it (the 通报 among a place's 方案 and 要点), with the 的 before and the 里 after it. */
const GENRE = /的?(?:工作)?(通报|方案|要点|意见|计划|清单|报告|细则)(?:里面|里|中|内)?/gu;
const BLANK = '\u3000';

interface Said { start: number; end: number; carried: (title: string) => boolean; genre: boolean }

function wordsSaid(q: string): Said[] {
  const said: Said[] = [];
  for (const m of q.matchAll(QUARTER)) {
    const quarter = `${QUARTER_DIGIT[m[1]] ?? m[1]}季度`;
    said.push({ start: m.index!, end: m.index! + m[0].length, carried: (t) => t.includes(quarter), genre: false });
  }
  for (const m of q.matchAll(GENRE)) said.push({ start: m.index!, end: m.index! + m[0].length, carried: (t) => t.includes(m[1]), genre: true });
  return said.sort((a, b) => a.start - b.start);
}

export function narrowByPlanWords(q: string, place: Scope, view: GraphView): Scope {
  if (place.groups.every((g) => g.length < 2)) return place;
  const said = wordsSaid(q);
  if (said.length === 0) return place;
  const title = (id: string) => view.documents.find((d) => d.id === id)?.title ?? '';
  let rest = place.rest;
  let narrowed = false;
  const blank = (s: Said) => { rest = rest.slice(0, s.start) + BLANK.repeat(s.end - s.start) + rest.slice(s.end); };
  const named: Said[] = [];
  const groups = place.groups.flatMap((g) => {
    if (g.length < 2) return [g];
    const picked: string[][] = [];
    for (const s of said) {
      const ids = g.filter((id) => s.carried(title(id)));
      // A genre every plan of the place carries (二季度和三季度的要点里) names them all: a plan word, not the question's.
      if (ids.length === g.length && s.genre) named.push(s);
      if (ids.length === 0 || ids.length === g.length) continue;
      if (!picked.some((p) => p.join() === ids.join())) picked.push(ids);
      blank(s);
    }
    narrowed ||= picked.length > 0;
    return picked.length ? picked : [g];
  });
  if (!narrowed) return place;
  named.forEach(blank);
  const docIds = [...new Set(groups.flat())];
  return { docIds, label: docIds.map((id) => documentLabel(view.documents.find((d) => d.id === id)!)).join('、'), rest, groups };
}
