// `policy-graph links accept|reject|reset ID`, `links list`, `links import FILE`: reviewers' decisions on IMPLEMENTS links.
import { readFile } from 'node:fs/promises';
import type { LinkStatus } from '../../graph/align/schemas.ts';
import { AppError } from '../../graph/errors.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';

const LINKS_USAGE = '用法 / usage: policy-graph links accept|reject|reset LINK_ID [--note TEXT] [--json] | links list [--json] | links import EXPORT.json';
const VERB_STATUS: Record<string, LinkStatus> = { accept: 'accepted', reject: 'rejected', reset: 'suggested' };
export const STATUS_LABEL: Record<LinkStatus, string> = { suggested: '建议 suggested', accepted: '已确认 accepted', rejected: '已否决 rejected' };

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

export async function runLinks(store: GraphStore, args: string[], opts: { note?: string; json: boolean }): Promise<number> {
  const [verb, arg, ...extra] = args;
  const { decideLink, importLinkDecisions } = await import('../alignment.ts');
  if (verb === 'list' && !arg) {
    const decisions = await store.linkDecisions();
    if (opts.json) print(decisions);
    else for (const d of decisions) process.stdout.write(`${d.id}\t${STATUS_LABEL[d.status]}\t${d.lower.doc} ${d.lower.path} ⇒ ${d.higher.doc} ${d.higher.path}${d.note ? `\t${d.note}` : ''}\n`);
    if (!opts.json && decisions.length === 0) process.stdout.write('还没有审核决定 / no decisions yet\n');
    return 0;
  }
  if (verb === 'import' && arg && extra.length === 0) {
    const decisions = await importLinkDecisions(store, await readExport(arg), arg);
    if (opts.json) print(decisions);
    else process.stdout.write(`已导入 ${decisions.length} 条审核决定 / imported ${decisions.length} decisions from ${arg}\n`);
    return 0;
  }
  const status = VERB_STATUS[verb ?? ''];
  if (!status || !arg || extra.length > 0) {
    process.stderr.write(`${LINKS_USAGE}\n`);
    return 2;
  }
  const link = await decideLink(store, arg, status, opts.note);
  if (opts.json) print(link);
  else process.stdout.write(`${link.id}: ${STATUS_LABEL[link.status]}${link.note ? ` (${link.note})` : ''}\n`);
  return 0;
}

async function readExport(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('BAD_INPUT', `无法读取 / cannot read ${file}: ${(error as Error).message}`, { source: file, hint: 'Give the file written by `policy-graph export --format json`.' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('BAD_INPUT', `${file} 不是 JSON / is not JSON: ${(error as Error).message}`, { source: file, hint: 'Give the file written by `policy-graph export --format json`.' });
  }
}
