// The real API (createApp) over an in-memory store, plus the built UI, on 127.0.0.1 and an OS-chosen port.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { GraphBatch } from '../../../graph/model.ts';
import { ingestPaths } from '../../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { createApp } from '../../../server/app.ts';

export interface UiServer {
  url: string;
  store: MemoryGraphStore;
  close(): Promise<void>;
}

export interface UiServerOptions {
  uiDir: string;
  /** Files or directories to ingest (default: the seed). */
  ingest?: string[];
  /** Ready-made batches instead of files (synthetic corpora). */
  batches?: GraphBatch[];
  port?: number;
  /** Require this token on writes (uploads, deletes), as API_TOKEN does. */
  apiToken?: string;
}

export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const store = new MemoryGraphStore();
  await store.init();
  if (options.batches) for (const batch of options.batches) await store.applyBatch(batch);
  else await ingestPaths(store, options.ingest ?? ['seeds']);
  const app = createApp({ store, uiDir: options.uiDir, ask: { model: null }, apiToken: options.apiToken });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive sockets from the browser would hold close() open.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }).then(() => store.close()),
  };
}
