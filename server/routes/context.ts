// What every route module gets: the (timed) store, the limits, the token and the ask options.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ParseBudget } from '../../graph/pipeline/budget.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import type { AskOptions } from '../ask/index.ts';
import type { Limits } from '../http/limits.ts';

export interface RouteContext {
  store: GraphStore;
  limits: Limits;
  apiToken?: string;
  ask: AskOptions;
  /** Per-document parse budget for uploads (default: from the environment). */
  parseBudget?: ParseBudget;
  /** Probe the disk as the app starts (serve), so the first health check need not wait on an fsync. */
  probeAtStart?: boolean;
  /** True while the store loads its stored documents (serve listens first): data routes answer 503 meanwhile. */
  loading: () => boolean;
}

export type App = OpenAPIHono;
