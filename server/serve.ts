// `policy-graph serve`: open the store, seed it when needed, serve the API and UI on 127.0.0.1:PORT.
import { serve as serveNode } from '@hono/node-server';
import { isAppError } from '../graph/errors.ts';
import { createStore, type StoreOptions } from '../graph/store/open-store.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import type { LoadReport } from '../graph/store/memory/memory-store.ts';
import { createApp } from './app.ts';
import { envChatModel } from './ask/llm-env.ts';
import { isStoreDown } from './http/errors.ts';
import { stderrSink } from './http/request-log.ts';
import { seedIfNeeded } from './seed.ts';

const DEFAULT_PORT = 3000;
const DEFAULT_HOST = '127.0.0.1';
/** Exit code for "the store could not be reached", as the CLI uses it. */
const EXIT_STORE_UNAVAILABLE = 3;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** The store loaded (or connected); a store that cannot be reached ends the process with the CLI's exit code. */
async function load(store: GraphStore, options: StoreOptions): Promise<void> {
  try {
    await store.init();
  } catch (error) {
    const detail = isAppError(error) ? error.describe() : (error as Error).message;
    if (isStoreDown(error) || options.store === 'neo4j') {
      fail(`错误 / error [STORE_UNAVAILABLE]: 无法连接存储（${options.store}）/ cannot reach the ${options.store} store: ${detail}\n`
        + '请检查 NEO4J_URI 等设置，或用 --store memory / check NEO4J_URI and friends, or use --store memory.', EXIT_STORE_UNAVAILABLE);
    }
    // As the CLI reports any other command's error (a corrupt file names itself and what to do); nothing is served.
    fail(isAppError(error) ? `错误 / error [${error.code}]: ${detail}`
      : `错误 / error: 无法加载存储 / cannot load the store: ${(error as Error).stack}`, 1);
  }
}

/** Start-up that had to leave documents unloaded says so, and which, instead of dying on its own data. */
function reportLoad(store: GraphStore): void {
  const report = (store as { loadReport?: LoadReport }).loadReport;
  if (!report?.reason) return;
  process.stderr.write(`警告 / warning: 数据超出上限，存储以只读方式运行 / the data did not fit, the store is read-only: ${report.reason}\n`
    + `未加载 ${report.skipped.length} 个文件 / ${report.skipped.length} files not loaded:\n${report.skipped.map((f) => `  ${f}`).join('\n')}\n`
    + '请调高 POLICY_GRAPH_MAX_*（或 --max-old-space-size）或移走部分文件后重启 / raise POLICY_GRAPH_MAX_* (or --max-old-space-size) or move files out, then restart.\n');
}

/** Seeding is a convenience: a store that cannot take the seeds (read-only, full disk) still serves what it has. */
async function seed(store: GraphStore): Promise<void> {
  const problem = await store.writeProblem?.();
  if (problem) {
    process.stderr.write(`未导入种子文件 / seeding skipped: ${problem}\n`);
    return;
  }
  try {
    const seeded = await seedIfNeeded(store);
    for (const r of seeded.ingested) process.stderr.write(`已导入种子文件 / seeded: ${r.source} (${r.status}, ${r.tasks} tasks)\n`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(`未能导入种子文件 / seeding skipped: ${error.describe()}\n`);
  }
}

/**
 * Listen first, then load: a large data dir takes seconds to load, and meanwhile health answers (saying it is
 * loading) and data routes answer 503 "loading" instead of the port refusing connections, until loaded and seeded.
 */
export async function serve(options: StoreOptions): Promise<void> {
  const store = await createStore(options);
  // The gate opens once seeded too: a first start never shows an empty graph for the second seeding takes.
  const loaded = load(store, options).then(async () => {
    reportLoad(store);
    await seed(store);
  });
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const hostname = process.env.HOST || DEFAULT_HOST;
  const model = await envChatModel();
  const app = createApp({ store, apiToken: process.env.API_TOKEN, ask: { model }, warm: true, log: stderrSink, bindHost: hostname, loaded });
  const server = serveNode({ fetch: app.fetch, port, hostname }, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    process.stdout.write(`policy-graph 已启动 / listening on http://${host}:${info.port} (store: ${store.kind}${model ? ', LLM planner on' : ''})\n`);
  });
  void loaded.then(async () => {
    process.stderr.write(`已加载 / loaded: ${(await store.listDocuments()).length} documents\n`);
  }).catch((error: Error) => process.stderr.write(`未能导入种子文件 / seeding failed: ${error.stack ?? error}\n`));
  server.on('error', (error: NodeJS.ErrnoException) => {
    void store.close();
    fail(error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用 / port ${port} is in use; set PORT to another one.` : `服务器错误 / server error: ${error.message}`, 1);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n收到 ${signal}，正在关闭 / shutting down…\n`);
    server.close(() => {
      store.close().finally(() => process.exit(0));
    });
    // Keep-alive connections can hold close() open; do not wait on them forever.
    setTimeout(() => store.close().finally(() => process.exit(0)), 5_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
