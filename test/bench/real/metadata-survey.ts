// What the pipeline reads of each real text about itself — title, issuer, 文号, date, jurisdiction — beside the text's
// first lines and its label's title and issuer, one block per text, to compare by eye (no score: a title's rightness is
// read against the text, which no rule here can judge).
// Usage: npx tsx test/bench/real/metadata-survey.ts [path-substring …]   (every text of test/fixtures/real and the
// question sets' *-docs folders; substrings keep only the paths that contain one of them)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { readDocumentFile } from '../../../graph/read/index.ts';

const FIXTURES = 'test/fixtures';
const HEAD_LINES = 4;

function texts(): string[] {
  const real = readdirSync(join(FIXTURES, 'real'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(FIXTURES, 'real', d.name));
  const asked = readdirSync(join(FIXTURES, 'questions')).filter((d) => d.endsWith('-docs')).map((d) => join(FIXTURES, 'questions', d));
  return [...real, ...asked].flatMap((dir) => readdirSync(dir).filter((f) => !f.endsWith('.json') && f !== 'README.md').map((f) => join(dir, f))).sort();
}

function label(path: string): { title?: string; issuer?: string } {
  const json = path.replace(/\.[^./]+$/u, '.json');
  return existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as { title?: string; issuer?: string }) : {};
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const path of texts().filter((p) => only.length === 0 || only.some((s) => p.includes(s)))) {
    const raw = await readDocumentFile(path);
    const doc = batchFromDocument(raw).nodes.find((n) => n.label === 'Document')!.properties;
    const head = raw.text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES).map((l) => l.slice(0, 70));
    const { title, issuer } = label(path);
    console.log([
      `== ${path}`,
      `   title    ${doc.title}`,
      ...(title ? [`   label    ${title} / ${issuer ?? '-'}`] : []),
      `   issuer   ${doc.issuer ?? '-'}   文号 ${doc.docNumber ?? '-'}   date ${doc.date ?? '-'}   jurisdiction ${doc.jurisdiction}`,
      ...head.map((l) => `   | ${l}`),
    ].join('\n'));
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
