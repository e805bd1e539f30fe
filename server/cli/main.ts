// The policy-graph CLI: ingest, export, report, ask, serve — over the store chosen by --store / NEO4J_URI.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isAppError } from '../../graph/errors.ts';
import { openStore, type StoreOptions } from '../../graph/store/open-store.ts';
import { runAlign, runAsk, runCompare, runExport, runIngest, runReport, runServe } from './commands.ts';
import { runLinks } from './links.ts';
import { runQueryCommand } from './query.ts';

const USAGE = `用法 / usage: policy-graph <command> [options]

  ingest <file|dir>...                 导入文档 / ingest .txt .md .docx .doc .pdf .html .xlsx
  export --format json|graphml|csv [--out FILE]   导出图 / export the graph
  report                               数据质量报告 / data-quality report
  ask "<question>" [--json]            用中文提问 / ask a question
  align [--from DOC --to DOC] [--json] 上下级任务对应 / which lower task carries out which higher task
  links accept|reject|reset LINK_ID [--note TEXT] [--json]  审核对应关系 / accept, reject or clear a link (ids from align)
  links list [--json] | links import EXPORT.json   列出审核决定；从导出文件恢复 / list decisions; restore them from an export
  compare DOC_BEFORE DOC_AFTER [--json] 比较两版方案 / tasks kept, reworded, added, dropped; load and targets
  query --plan FILE|- [--json]         运行查询计划 / run a plan of the query language (JSON file or stdin)
  serve                                启动服务 / serve the API and the UI (PORT, default 3000)

Global options:
  --data DIR          数据目录 / data dir (env POLICY_GRAPH_DATA, default ./.policy-graph)
  --store memory|neo4j  (default memory; neo4j when NEO4J_URI is set)
  --aliases FILE      用户别名文件 / user alias file (JSON: {"surface": "canonical"})
  --jurisdiction NAME 指定辖区 / override the detected jurisdiction`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' }, store: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
        json: { type: 'boolean' }, force: { type: 'boolean' }, aliases: { type: 'string' }, jurisdiction: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, plan: { type: 'string' }, note: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const opts = parsed.values;
  if (!command || opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return command || opts.help ? 0 : 2;
  }
  const storeOptions: StoreOptions = {
    dataDir: opts.data ?? process.env.POLICY_GRAPH_DATA ?? './.policy-graph',
    store: (opts.store as StoreOptions['store']) ?? (process.env.NEO4J_URI ? 'neo4j' : 'memory'),
  };
  try {
    if (command === 'serve') return await runServe(storeOptions);
    const store = await openStore(storeOptions);
    try {
      switch (command) {
        case 'ingest': return await runIngest(store, rest, { force: opts.force, aliasesFile: opts.aliases, jurisdiction: opts.jurisdiction });
        case 'export': return await runExport(store, opts.format ?? 'json', opts.out, writeFile);
        case 'report': return await runReport(store, opts.json ?? false);
        case 'ask': return await runAsk(store, rest.join(' '), opts.json ?? false);
        case 'align': return await runAlign(store, { from: opts.from, to: opts.to, json: opts.json ?? false });
        case 'links': return await runLinks(store, rest, { note: opts.note, json: opts.json ?? false });
        case 'compare': return await runCompare(store, rest, opts.json ?? false);
        case 'query': return await runQueryCommand(store, opts.plan, opts.json ?? false);
        default:
          process.stderr.write(`未知命令 / unknown command: ${command}\n\n${USAGE}\n`);
          return 2;
      }
    } finally {
      await store.close();
    }
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`错误 / error [${error.code}]: ${error.describe()}\n`);
      return error.code === 'STORE_UNAVAILABLE' ? 3 : 1;
    }
    throw error;
  }
}
