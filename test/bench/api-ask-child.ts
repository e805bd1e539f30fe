// One checkout's API over a stored graph for api-ask.ts: the served app (warmed as `serve` warms it) on a loopback port.
import { serve } from '@hono/node-server';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { NOOP_PATH } from './api.ts';

async function main(dataDir: string): Promise<void> {
  const store = new MemoryGraphStore({ dataDir });
  await store.init();
  const app = createApp({ store, ask: { model: null }, warm: true });
  const fetch = (req: Request) => (new URL(req.url).pathname === NOOP_PATH ? new Response('ok') : app.fetch(req));
  serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(`listening http://127.0.0.1:${info.port}\n`));
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
