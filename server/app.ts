// The Hono app: thin routes over the query catalogue, the ask pipeline, documents, docs and the UI.
import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../graph/errors.ts';
import type { ParseBudget } from '../graph/pipeline/budget.ts';
import { warmParser } from '../graph/pipeline/parallel.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import { warmAsk, type AskOptions } from './ask/index.ts';
import { loadTokenizer } from './search/tokenizer.ts';
import { toErrorResponse } from './http/errors.ts';
import { allowedHostsFromEnv, hostCheck, writeOrigin } from './http/guard.ts';
import { securityHeaders } from './http/headers.ts';
import { jsonBodyLimit, resolveLimits, type Limits } from './http/limits.ts';
import { requestLog, type LogSink } from './http/request-log.ts';
import { timedStore } from './http/timed-store.ts';
import { registerAlignRoutes } from './routes/align.ts';
import { registerAskRoute } from './routes/ask.ts';
import { registerCatalogueRoutes } from './routes/catalogue.ts';
import type { RouteContext } from './routes/context.ts';
import { registerDocumentRoutes } from './routes/documents.ts';
import { registerPages } from './routes/pages.ts';
import { registerQueryRoute } from './routes/query.ts';
import { MCP_PATH, registerMcpRoute } from './mcp/route.ts';
import { registerSystemRoutes } from './routes/system.ts';
import { registerTypedRoutes } from './routes/typed.ts';

export interface AppDeps {
  store: GraphStore;
  /** When set, uploads and deletes need `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  limits?: Partial<Limits>;
  /** Options for /api/ask, e.g. an injected chat model for the LLM planner (null: rules only). */
  ask?: AskOptions;
  /** Where the built UI lives (default ui/dist). */
  uiDir?: string;
  /** Build the search index and the ask lexicon now, so the first question does not wait for them. */
  warm?: boolean;
  /** Where request logs go (serve: JSON lines on stderr); none by default, so tests stay quiet. */
  log?: LogSink;
  /** The address the server listens on (HOST): the Host header must name it, localhost, or an allowed host. */
  bindHost?: string;
  /** Per-document parse budget for uploads (default: from the environment). */
  parseBudget?: ParseBudget;
  /** More host names to answer to (default: POLICY_GRAPH_ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /**
   * The store's loading (serve listens before it ends): until it settles, health says so and data routes answer 503
   * "loading"; ask warms up after it. Absent: the store is loaded already.
   */
  loaded?: Promise<void>;
}

/** Paths answered while the store loads: health, and what does not read the store (pages, docs, the OpenAPI document). */
const DATA_PATHS = /^\/(?:api\/(?!health$)|mcp(?:\/|$))/;

/** Seconds a client is told to wait (Retry-After) before asking again while the store loads. */
const LOADING_RETRY_SEC = 2;

/** The error mapper shows STORE_UNAVAILABLE's one message (retry shortly); the hint says why. */
function stillLoading(): AppError {
  return new AppError('STORE_UNAVAILABLE', '正在加载已存储的文件 / loading the stored documents', {
    retriable: true,
    hint: '正在加载已存储的文件，请稍后重试（/api/health 显示是否加载完成）/ the stored documents are loading: retry shortly (/api/health says when it is done).',
  });
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const limits = resolveLimits(deps.limits);
  let loading = deps.loaded !== undefined;
  // A failed load ends the process (serve); either way the gate opens.
  void deps.loaded?.finally(() => { loading = false; }).catch(() => undefined);
  const ctx: RouteContext = {
    store: timedStore(deps.store, limits.queryTimeoutMs), limits, apiToken: deps.apiToken || undefined, ask: deps.ask ?? {},
    parseBudget: deps.parseBudget, probeAtStart: deps.warm, loading: () => loading,
  };
  const app = new OpenAPIHono({
    // Request validation failures become the same 400 as the catalogue's own.
    defaultHook: (result) => {
      if (!result.success) throw new AppError('BAD_INPUT', '请求参数无效 / invalid request', { issues: result.error.issues });
    },
  });
  app.onError((error, c) => {
    const { status, body } = toErrorResponse(error);
    // What the user is not shown still has to reach whoever runs the server.
    if (status === 500) console.error(error);
    return c.json(body, status);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `没有这个地址 / no route ${c.req.method} ${c.req.path}` } }, 404));

  // Outermost first: the log sees every final status, and every answer (errors too) carries the headers.
  if (deps.log) app.use('*', requestLog(deps.log));
  app.use('*', securityHeaders());
  const guard = { bindHost: deps.bindHost, allowedHosts: deps.allowedHosts ?? allowedHostsFromEnv(), apiToken: ctx.apiToken };
  app.use('*', hostCheck(guard));
  app.use('*', writeOrigin(guard));
  app.use('*', async (c, next) => {
    if (!loading || !DATA_PATHS.test(c.req.path)) return next();
    // Retry-After lets a client (the explorer) wait and ask again instead of showing an error.
    const { status, body } = toErrorResponse(stillLoading());
    return c.json(body, status, { 'Retry-After': String(LOADING_RETRY_SEC) });
  });

  const jsonLimit = jsonBodyLimit(limits.jsonBytes);
  app.use('/api/ask', jsonLimit);
  app.use('/api/query/*', jsonLimit);
  app.use('/api/query', jsonLimit);
  app.use(MCP_PATH, jsonLimit);

  registerSystemRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerTypedRoutes(app, ctx);
  registerQueryRoute(app, ctx);
  registerCatalogueRoutes(app, ctx);
  registerAskRoute(app, ctx);
  registerAlignRoutes(app, ctx);
  registerMcpRoute(app, ctx);
  registerPages(app, deps.uiDir);
  if (deps.warm) {
    beforeListening(app);
    // The parse worker last (it loads tsx and the pipeline, ~2 s of a core): the first upload then finds it running
    // instead of starting it while its body arrives.
    void (deps.loaded ?? Promise.resolve()).then(() => warmAsk(ctx.store)).catch(() => undefined)
      .then(() => warmParser(deps.parseBudget));
  }
  return app;
}

/**
 * One-time work done now, while nobody can be waiting on it (serve listens after createApp returns): each is one
 * native or synchronous piece that, done later, held the first health checks up (measured with
 * test/hardening/cpu-blocks.ts: jieba's dictionary 0.1–0.4 s in ask's warm-up, the router's first match 0.1–0.2 s).
 */
function beforeListening(app: OpenAPIHono): void {
  loadTokenizer();
  app.router.match('GET', '/api/health');
}
