// `npm run eval:real -- [--set SET|all] [--doc ID] [--damage KIND] [--format html|pdf|docx] [--json] [--verbose]`: score the parser on real plans, clean, damaged (damage.ts) or rendered (formats.ts).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DAMAGE_KINDS, type DamageKind } from './damage.ts';
import { evaluateReal } from './evaluate.ts';
import { FORMATS, type Format } from './formats.ts';
import { SETS, type SetName } from './labels.ts';
import { formatReport, metrics } from './report.ts';

const USAGE = `usage: npm run eval:real -- [--set ${[...SETS, 'all'].join('|')}] [--doc ID] [--damage ${DAMAGE_KINDS.join('|')}] [--format ${FORMATS.join('|')}] [--json] [--verbose]`;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function main(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { set: { type: 'string', default: 'dev' }, doc: { type: 'string' }, damage: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return USAGE;
  const set = values.set;
  const isSet = (s: string): s is SetName | 'all' => s === 'all' || (SETS as readonly string[]).includes(s);
  if (!isSet(set)) throw new Error(`--set 只能是 ${SETS.join('、')} 或 all (got "${set}"; ${USAGE})`);
  const kind = values.damage;
  const isKind = (k: string): k is DamageKind => (DAMAGE_KINDS as readonly string[]).includes(k);
  if (kind !== undefined && !isKind(kind)) throw new Error(`--damage 只能是 ${DAMAGE_KINDS.join('、')} (got "${kind}"; ${USAGE})`);
  const format = values.format;
  const isFormat = (f: string): f is Format => (FORMATS as readonly string[]).includes(f);
  if (format !== undefined && !isFormat(format)) throw new Error(`--format 只能是 ${FORMATS.join('、')} (got "${format}"; ${USAGE})`);
  const report = await evaluateReal(ROOT, set, values.doc, { damage: kind, format });
  if (!values.json) return formatReport(report, values.verbose === true || values.doc !== undefined);
  const withMetrics = (s: (typeof report.documents)[number]) => ({ ...s, metrics: metrics(s) });
  return JSON.stringify({ set: report.set, damage: report.damage, documents: report.documents.map(withMetrics), total: withMetrics(report.total) }, null, 2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((text) => console.log(text)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
