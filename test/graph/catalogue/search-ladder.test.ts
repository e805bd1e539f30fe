// The search ladder (search.ts SEARCH_LADDER): scoreOf follows it rung by rung, and Neo4j's CASE is generated from it.
// The two stores scoring the same rows alike is asserted against a real server (test/graph/store/neo4j-search-ladder.ts).
import { describe, expect, it } from 'vitest';
import { SEARCH_LADDER, scoreOf, scoreRow, type SearchRung } from '../../../graph/catalogue/search.ts';
import type { SearchRow } from '../../../graph/catalogue/rows.ts';
import { SEARCH_CANDIDATES, searchScoreCase } from '../../../graph/store/neo4j/neo4j-cypher.ts';

const row = (name: string, aliases: string[] = [], text: string | null = null): SearchRow =>
  ({ node: { id: `unit:${name}`, label: 'Unit', name }, aliases, text, docId: null });

/** [row, needle, score by the rule: the best rung the row meets], written from the rule, not from a run. */
const LADDER_CASES: [string, SearchRow, string, number][] = [
  ['exact name', row('水务', ['水务']), '水务', 100],
  ['exact alias over name substring', row('区水务局', ['区水务局', '水务']), '水务', 90],
  ['name prefix over alias substring', row('水务中心', ['区水务所', '水务中心']), '水务', 80],
  ['alias prefix over name substring', row('区水务服务中心', ['区水务服务中心', '水务站']), '水务', 70],
  ['name substring over alias substring', row('区城乡水务局', ['区城乡水务局']), '水务', 60],
  ['alias substring alone', row('区排水中心', ['城市水务处']), '水务', 50],
  ['text alone', row('推进管网建设', [], '由区水务局牵头推进管网建设'), '水务', 20],
  ['nowhere', row('区财政局', ['财政局'], '区财政局负责'), '水务', 0],
];

describe('search ladder', () => {
  it('scores fall strictly rung by rung, and text is the last rung', () => {
    const scores = SEARCH_LADDER.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(scores.length);
    expect(SEARCH_LADDER[SEARCH_LADDER.length - 1].field).toBe('text');
  });

  it.each(LADDER_CASES)('scoreOf: %s', (_name, r, needle, score) => {
    expect(scoreOf(r, needle)).toBe(score);
  });

  it('an alias hit shows the smallest alias of its rung', () => {
    expect(scoreRow(row('区排水中心', ['水务处', '水务科', '城市水务']), '水务')).toMatchObject({ score: 70, matched: 'alias', snippet: '水务处' });
  });

  it('Neo4j scores by the ladder: its CASE has one WHEN per rung above text, in order, text the ELSE', () => {
    const whens = [...SEARCH_CANDIDATES.matchAll(/WHEN (.+?) THEN (\d+)/gu)].map((m) => [m[1], Number(m[2])]);
    expect(whens).toEqual([
      ['name = $text', 100], ['any(a IN aliases WHERE a = $text)', 90],
      ['name STARTS WITH $text', 80], ['any(a IN aliases WHERE a STARTS WITH $text)', 70],
      ['name CONTAINS $text', 60], ['any(a IN aliases WHERE a CONTAINS $text)', 50],
    ].slice(0, SEARCH_LADDER.length - 1).map(([w], i) => [w, SEARCH_LADDER[i].score]));
    expect(SEARCH_CANDIDATES).toContain(`ELSE ${SEARCH_LADDER[SEARCH_LADDER.length - 1].score} END AS score`);
  });

  it('refuses a ladder whose text rung is not last (the ELSE could not stand for it)', () => {
    const bad: SearchRung[] = [{ field: 'text', test: 'contains', score: 100 }, { field: 'name', test: 'contains', score: 50 }];
    expect(() => searchScoreCase(bad)).toThrow(/only text rung/u);
  });
});
