// Runs the product's ingest parse path (prepareBatches, as `policy-graph ingest` does) on each real fixture and scores it.
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { loadFixtures, SETS, type Fixture, type SetName } from './labels.ts';
import { failedDocument, scoreDocument, totalScore, type DocScore } from './score.ts';

export interface RealReport { set: string; documents: DocScore[]; total: DocScore }

/**
 * Each document is parsed on its own (a fresh resolver), as a user loading one plan would: a document's
 * score must not depend on which other fixtures sit beside it.
 */
async function scoreFixture(f: Fixture): Promise<DocScore> {
  try {
    const [prepared] = await prepareBatches([f.textFile]);
    return scoreDocument(f.id, f.labels, f.text, prepared.batch);
  } catch (error) {
    return failedDocument(f.id, f.labels, error instanceof Error ? error.message : String(error));
  }
}

export async function evaluateReal(root: string, set: SetName | 'all', doc?: string): Promise<RealReport> {
  const sets: SetName[] = set === 'all' ? [...SETS] : [set];
  let fixtures = (await Promise.all(sets.map((s) => loadFixtures(root, s)))).flat();
  if (doc) {
    fixtures = fixtures.filter((f) => f.id === doc);
    if (fixtures.length === 0) throw new Error(`--doc ${doc}: 在 ${sets.join('/')} 中没有这个文档 (no such fixture; ids are the file names under test/fixtures/real/)`);
  }
  const documents: DocScore[] = [];
  for (const f of fixtures) documents.push(await scoreFixture(f));
  return { set, documents, total: totalScore(documents) };
}
