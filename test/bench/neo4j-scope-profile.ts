// PROFILE of scoped catalogue queries on Neo4j: db hits and rows of every statement one query runs, per scope.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-scope-profile.ts [--docs 3] [--only stats,workload] [--plans]` on a database already loaded (e.g. with
// `npx policy-graph --store neo4j ingest DIR` of `npm run corpus`). Reads only (init() adds missing indexes, as the
// server does when it starts). Inputs are drawn from the database:
// a unit, a place and tasks of the first scoped document. Scope resolution (the document list, cached per graph
// version by the store) is read once, outside the counts, as the store reads it. `--plans`: the query language
// instead, a find by label then a document filter, narrowed (find → filter) against plain (find → as → filter,
// which the compiler does not narrow and which answers the same).
import { parseArgs } from 'node:util';
import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../graph/catalogue/execute.ts';
import { compileProgram } from '../../graph/query/cypher.ts';
import type { ProgramStep } from '../../graph/query/program.ts';
import type { RowSource } from '../../graph/catalogue/rows.ts';
import type { DocumentSummary, Scope } from '../../graph/catalogue/schemas.ts';
import { Neo4jClient, type Row } from '../../graph/store/neo4j/neo4j-client.ts';
import { LIST_DOCUMENTS } from '../../graph/store/neo4j/neo4j-cypher.ts';
import { Neo4jRowSource } from '../../graph/store/neo4j/neo4j-rows.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';

interface Cost {
  statements: number;
  dbHits: number;
  rows: number;
}

function hits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
}

/** A row source whose every statement runs under PROFILE, adding its db hits to `cost`. */
function profiled(tx: ManagedTransaction, cost: Cost, docs: DocumentSummary[]): RowSource {
  const source = new Neo4jRowSource(async (statement, params = {}) => {
    const result = await tx.run(`PROFILE ${statement}`, params);
    cost.statements += 1;
    cost.dbHits += hits(result.summary.profile);
    cost.rows += result.records.length;
    return result.records.map((r) => r.toObject() as Row);
  });
  // Scope resolution reads the document list the store keeps per graph version: not part of the query's cost.
  return Object.assign(Object.create(source) as RowSource, { documents: async () => docs });
}

const PICK = `MATCH (t:Task {docId: $doc}) WITH t ORDER BY t.start LIMIT 5
OPTIONAL MATCH (u:Unit)-[:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(t) OPTIONAL MATCH (t)-[:MENTIONS]->(p:Place)
RETURN collect(DISTINCT t.id) AS tasks, collect(DISTINCT u.name) AS units, collect(DISTINCT p.name) AS places`;

function inputsOf(pick: { tasks: string[]; units: string[]; places: string[] }, doc: string): Record<QueryName, Record<string, unknown>> {
  const [unit, other] = [pick.units[0], pick.units[1] ?? pick.units[0]];
  const place = pick.places[0] ?? '';
  return {
    unitTasks: { unit }, unitPartners: { unit }, sharedTasks: { a: unit, b: other }, overlaps: { minShared: 1 },
    entityTasks: { label: 'Place', name: place }, entityUnits: { label: 'Place', name: place }, workload: {},
    accountabilityGaps: {}, targets: {}, neighborhood: { id: doc, depth: 2 }, shortestPath: { a: pick.tasks[0], b: pick.tasks[1] ?? pick.tasks[0] },
    search: { text: place || unit }, communities: {}, stats: {}, documents: {},
  };
}

/** db hits of one scoped plan shape, narrowed and plain, for a few documents and for one jurisdiction. */
async function profilePlans(client: Neo4jClient, docs: DocumentSummary[]): Promise<void> {
  const filters: [string, ProgramStep][] = [
    [`docIds ×${docs.length}`, { op: 'filter', docIds: docs.map((d) => d.id) }],
    [`jurisdiction ${docs[0].jurisdiction}`, { op: 'filter', jurisdiction: docs[0].jurisdiction }],
  ];
  console.log('| plan | plain: db hits (count) | narrowed: db hits (count) |\n| --- | --- | --- |');
  for (const [name, filter] of filters) {
    for (const labels of [['Task'], ['Task', 'Unit']] as const) {
      const find: ProgramStep = { op: 'find', by: 'label', labels: [...labels] };
      const cells: string[] = [];
      for (const steps of [[find, { op: 'as', name: 'all' }, filter, { op: 'count' }], [find, filter, { op: 'count' }]] as ProgramStep[][]) {
        const compiled = compileProgram({ steps, maxSet: 50_000, deadline: 0, timeoutMs: 600_000 });
        const result = await client.read((tx) => tx.run(`PROFILE ${compiled.statement}`, compiled.params), 600_000);
        cells.push(`${hits(result.summary.profile).toLocaleString('en')} (${String(result.records[0].get('count'))})`);
      }
      console.log(`| find ${labels.join('+')} → filter ${name} → count | ${cells.join(' | ')} |`);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '3' }, only: { type: 'string' }, plans: { type: 'boolean' } } });
  const store = new Neo4jGraphStore(neo4jConfigFromEnv());
  await store.init();
  await store.close();
  const client = new Neo4jClient(neo4jConfigFromEnv());
  try {
    const docs = (await client.rows(LIST_DOCUMENTS)).map((r) => JSON.parse(String(r.summary)) as DocumentSummary)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    if (values.plans) return await profilePlans(client, docs.slice(0, Number(values.docs)));
    const chosen = docs.slice(0, Number(values.docs)).map((d) => d.id);
    const [pick] = await client.rows(PICK, { doc: chosen[0] });
    const inputs = inputsOf(pick as { tasks: string[]; units: string[]; places: string[] }, chosen[0]);
    const scopes: [string, Scope | undefined][] = [['none', undefined], [`docIds ×${chosen.length}`, { docIds: chosen }], [`jurisdiction ${docs[0].jurisdiction}`, { jurisdictions: [docs[0].jurisdiction] }]];
    console.log(`${docs.length} documents; scoped documents ${chosen.join(', ')}`);
    console.log(`| query | ${scopes.map(([s]) => `${s}: db hits (statements, rows)`).join(' | ')} |`);
    console.log(`| --- | ${scopes.map(() => '---').join(' | ')} |`);
    for (const name of values.only ? QUERY_NAMES.filter((n) => values.only?.split(',').includes(n)) : QUERY_NAMES) {
      const cells: string[] = [];
      for (const [, scope] of scopes) {
        const cost: Cost = { statements: 0, dbHits: 0, rows: 0 };
        await client.read((tx) => runQuery(profiled(tx, cost, docs), name, { ...inputs[name], scope } as QueryInput<typeof name>), 600_000);
        cells.push(`${cost.dbHits.toLocaleString('en')} (${cost.statements}, ${cost.rows.toLocaleString('en')})`);
      }
      console.log(`| ${name} | ${cells.join(' | ')} |`);
    }
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
