// Runs the product's ingest parse path (prepareBatches, as `policy-graph ingest` does) on each real fixture and scores it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { damage, type DamageKind } from './damage.ts';
import { closeRenderer, renderedFile, type Format } from './formats.ts';
import { loadFixtures, SETS, type Fixture, type SetName } from './labels.ts';
import { failedDocument, scoreDocument, totalScore, type DocScore } from './score.ts';

/** How the texts reach the parser: damaged (damage.ts), then rendered to a web page, PDF or Word file (formats.ts). */
export interface Variant { damage?: DamageKind; format?: Format }

export interface RealReport { set: string; damage?: DamageKind; documents: DocScore[]; total: DocScore }

/**
 * Each document is parsed on its own (a fresh resolver), as a user loading one plan would: a document's
 * score must not depend on which other fixtures sit beside it. A damaged copy is written to a file of the same
 * name in a temporary folder and read through the same path, scored with the same labels.
 */
async function scoreFixture(root: string, f: Fixture, variant: Variant, dir: string | undefined): Promise<DocScore> {
  try {
    let file = f.textFile;
    let text = f.text;
    if (variant.damage && dir) {
      text = damage(f.text, variant.damage, { id: f.id, title: f.labels.title, issuer: f.labels.issuer, year: f.labels.year });
      file = join(dir, `${f.id}.txt`);
      await writeFile(file, text);
    }
    if (variant.format) file = await renderedFile(root, text, variant.format);
    const [prepared] = await prepareBatches([file]);
    return scoreDocument(f.id, f.labels, text, prepared.batch);
  } catch (error) {
    return failedDocument(f.id, f.labels, error instanceof Error ? error.message : String(error));
  }
}

export async function evaluateReal(root: string, set: SetName | 'all', doc?: string, variant: Variant = {}): Promise<RealReport> {
  const sets: SetName[] = set === 'all' ? [...SETS] : [set];
  let fixtures = (await Promise.all(sets.map((s) => loadFixtures(root, s)))).flat();
  if (doc) {
    fixtures = fixtures.filter((f) => f.id === doc);
    if (fixtures.length === 0) throw new Error(`--doc ${doc}: 在 ${sets.join('/')} 中没有这个文档 (no such fixture; ids are the file names under test/fixtures/real/)`);
  }
  const dir = variant.damage ? await mkdtemp(join(tmpdir(), `eval-real-${variant.damage}-`)) : undefined;
  try {
    const documents: DocScore[] = [];
    for (const f of fixtures) documents.push(await scoreFixture(root, f, variant, dir));
    return { set, damage: variant.damage, documents, total: totalScore(documents) };
  } finally {
    if (variant.format) await closeRenderer();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
