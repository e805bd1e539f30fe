// Runs the product's ingest parse path (prepareBatches, as `policy-graph ingest` does) on each real fixture and scores it.
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { closeRenderer, renderedFile, type Format } from './formats.ts';
import { loadFixtures, SETS, type Fixture, type SetName } from './labels.ts';
import { failedDocument, scoreDocument, totalScore, type DocScore } from './score.ts';

export interface RealReport { set: string; documents: DocScore[]; total: DocScore }

/**
 * Each document is parsed on its own (a fresh resolver), as a user loading one plan would: a document's
 * score must not depend on which other fixtures sit beside it.
 */
async function scoreFixture(root: string, f: Fixture, format?: Format): Promise<DocScore> {
  try {
    const [prepared] = await prepareBatches([format ? await renderedFile(root, f.text, format) : f.textFile]);
    return scoreDocument(f.id, f.labels, f.text, prepared.batch);
  } catch (error) {
    return failedDocument(f.id, f.labels, error instanceof Error ? error.message : String(error));
  }
}

/** `format`: score the texts rendered to a web page, PDF or Word file (formats.ts) instead of the plain texts. */
export async function evaluateReal(root: string, set: SetName | 'all', doc?: string, format?: Format): Promise<RealReport> {
  const sets: SetName[] = set === 'all' ? [...SETS] : [set];
  let fixtures = (await Promise.all(sets.map((s) => loadFixtures(root, s)))).flat();
  if (doc) {
    fixtures = fixtures.filter((f) => f.id === doc);
    if (fixtures.length === 0) throw new Error(`--doc ${doc}: 在 ${sets.join('/')} 中没有这个文档 (no such fixture; ids are the file names under test/fixtures/real/)`);
  }
  const documents: DocScore[] = [];
  for (const f of fixtures) documents.push(await scoreFixture(root, f, format));
  await closeRenderer();
  return { set, documents, total: totalScore(documents) };
}
