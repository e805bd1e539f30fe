// Worker bootstrap: runs parse-worker.ts from its bundle (or through tsx, see worker-bundle.mjs).
import { runWorker } from '../worker-bundle.mjs';

await runWorker(new URL('./parse-worker.ts', import.meta.url));
