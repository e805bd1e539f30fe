// `policy-graph query --plan FILE|-`: run a plan of the query language from a file or stdin and print the result.
import { readFile } from 'node:fs/promises';
import { AppError, isAppError } from '../../graph/errors.ts';
import type { PlanResult } from '../../graph/query/schema.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { runQueryPlan } from '../query-entry.ts';
import { table } from './format.ts';

const QUERY_USAGE = '用法 / usage: policy-graph query --plan FILE|- [--json]   (plan JSON; see README "The query language")';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

async function readPlan(source: string, stdin: () => Promise<string>): Promise<unknown> {
  let text: string;
  try {
    text = source === '-' ? await stdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new AppError('UNREADABLE', `无法读取查询计划 / cannot read the plan (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { source, cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('BAD_INPUT', '查询计划不是有效的JSON / the plan is not valid JSON', {
      source, cause: error, hint: '例 / e.g. {"steps":[{"op":"find","by":"name","names":["区水利局"]},{"op":"count"}]}',
    });
  }
}

/** Items as a table, or the number, groups or comparison the plan asked for. */
function formatResult(result: PlanResult): string {
  switch (result.kind) {
    case 'count': return `数量 / count: ${result.count}`;
    case 'groups': return table(['分组 group', '数量 count'], result.groups.map((g) => [g.key, g.count]));
    case 'comparison': return table(['集合 set', '数量 count'], result.comparison.map((c) => [c.set, c.count]));
    case 'items': {
      const rows = result.items.map((i) => [i.name, i.label, i.score ?? '', i.docId ?? '', (i.evidence[0]?.text ?? '').replace(/\s+/g, ' ').slice(0, 60)]);
      const more = result.truncated ? `\n… 共 ${result.total} 项，显示前 ${result.items.length} 项 / ${result.total} in all, first ${result.items.length} shown` : '';
      return `${table(['名称 name', '类型 label', '得分 score', '文件 document', '证据 evidence'], rows)}${more}`;
    }
  }
}

export async function runQueryCommand(store: GraphStore, planSource: string | undefined, json: boolean, stdin = readStdin): Promise<number> {
  if (!planSource) {
    process.stderr.write(`${QUERY_USAGE}\n`);
    return 2;
  }
  const plan = await readPlan(planSource, stdin);
  try {
    const answer = await runQueryPlan(store, plan);
    process.stdout.write(json ? `${JSON.stringify(answer, null, 2)}\n` : `${formatResult(answer.result)}\n`);
    return 0;
  } catch (error) {
    // The plan's file is what the user has to fix.
    if (isAppError(error) && error.code === 'BAD_INPUT') {
      throw new AppError('BAD_INPUT', error.message, { source: planSource, hint: error.hint, issues: error.issues, cause: error });
    }
    throw error;
  }
}
