// Development server for the UI: the real API over the seed, serving ui/dist (run `npm run build:ui` first).
// Usage: npx tsx test/e2e/support/dev-server.ts   (PORT=3100 by default; or run Vite's dev server against it)
import { fileURLToPath } from 'node:url';
import { startUiServer } from './ui-server.ts';

const DEV_PORT = 3100;
const uiDir = fileURLToPath(new URL('../../../ui/dist', import.meta.url));
const server = await startUiServer({ uiDir, port: Number(process.env.PORT ?? DEV_PORT) });
process.stdout.write(`policy-graph UI dev server: ${server.url}\n`);
