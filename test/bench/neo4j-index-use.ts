// Which read statements use each Lucene-backed index (TEXT and FULLTEXT) of the Neo4j schema: an index no plan
// reads costs every node write for nothing.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-index-use.ts` on a loaded database (the planner weighs index statistics).
// EXPLAINs the statements that can read a text or full-text index — the search candidates, the `cjk` task search,
// every example plan of the query language as compiled — sent as the store sends them, and prints per index the
// statements whose plan names it. A full-text index is read by name (`db.index.fulltext.queryNodes`), so the
// statement's text is enough for those; a TEXT index only shows in a plan.
import neo4j from 'neo4j-driver';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { compileProgram } from '../../graph/query/cypher.ts';
import type { ProgramStep } from '../../graph/query/program.ts';
import { parsePlan } from '../../graph/query/validate.ts';
import * as Q from '../../graph/store/neo4j/neo4j-cypher.ts';
import { neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';

interface Plan { operatorType?: string; arguments?: Record<string, unknown>; children?: Plan[] }

/** The index names a plan's operators name (TEXT INDEX … / RANGE INDEX … in their details, or the procedure call). */
function indexesIn(plan: Plan, schemaNames: readonly string[], out = new Set<string>()): Set<string> {
  const details = String(plan.arguments?.Details ?? '');
  for (const name of schemaNames) {
    if (new RegExp(`\\b${name}\\b`, 'u').test(details)) out.add(name);
  }
  // Index seeks name the index by label and property, not by name: map them back through the schema's statements.
  const seek = /(TEXT|RANGE) INDEX (\w+):(\w+)\((\w+)\)/gu;
  for (const m of details.matchAll(seek)) {
    const [, kind, , label, prop] = m;
    const name = Object.entries(Q.SCHEMA).find(([, s]) => s.includes(kind === 'TEXT' ? 'CREATE TEXT INDEX' : 'CREATE INDEX')
      && s.includes(`(n:${label})`) && s.includes(`ON (n.${prop})`))?.[0];
    out.add(name ?? `${kind} ${label}(${prop})`);
  }
  for (const child of plan.children ?? []) indexesIn(child, schemaNames, out);
  return out;
}

async function main(): Promise<void> {
  const config = neo4jConfigFromEnv();
  // The retired ones too: on a database an older version wrote they still cost writes, and no plan may read them.
  const lucene = [...Object.entries(Q.SCHEMA).filter(([, s]) => /CREATE (TEXT|FULLTEXT) INDEX/u.test(s)).map(([name]) => name), ...Q.RETIRED_INDEXES];
  const statements: [string, string, Record<string, unknown>][] = [];
  const search = Q.inOneMap(Q.SEARCH_PAGE, { text: '防洪', aliasContains: Q.containsAliasQuery('防洪'), bigram: Q.bigramTextQuery('防洪'), labels: null, docs: null, limit: 50 }, ['text']);
  statements.push(['SEARCH_PAGE', search.statement, search.params]);
  statements.push(['SEARCH_TASK_TEXT', Q.SEARCH_TASK_TEXT, { query: Q.taskTextQuery(['防洪']), limit: 10 }]);
  for (const [i, { question, plan }] of PLAN_EXAMPLES.entries()) {
    const { steps, limit } = parsePlan(plan);
    // A `find by text` step is answered by the in-process BM25 before compiling (run.ts): give it one hit.
    const program = steps.map((s) => (s.op === 'find' && s.by === 'text' ? { op: 'hits', hits: [{ id: 'task:x', score: 1 }] } : s)) as ProgramStep[];
    const compiled = compileProgram({ steps: program, maxSet: 10_000, deadline: Date.now() + 60_000, timeoutMs: 60_000, limit });
    statements.push([`plan ${i} ${question.slice(0, 24)}`, compiled.statement, compiled.params]);
  }
  const users = new Map<string, string[]>(lucene.map((n) => [n, []]));
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const [what, statement, params] of statements) {
      const plan = (await session.run(`EXPLAIN ${statement}`, params)).summary.plan;
      const used = plan ? [...indexesIn(plan as Plan, lucene)] : [];
      for (const name of lucene) if (statement.includes(`'${name}'`) && !used.includes(name)) used.push(name);
      console.log(`${what}: ${used.join(', ') || '(none of them)'}`);
      for (const name of used) users.get(name)?.push(what);
    }
  } finally {
    await session.close();
    await driver.close();
  }
  console.log('\nLucene-backed indexes and the statements whose plans read them:');
  for (const [name, by] of users) console.log(`  ${name}: ${by.length === 0 ? 'NONE' : by.length <= 3 ? by.join('; ') : `${by.length} statements`}`);
}

await main();
