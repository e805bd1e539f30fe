// Worker bootstrap: runs memory-load-worker.ts from its bundle (or through tsx, see graph/worker-bundle.mjs).
import { runWorker } from '../../worker-bundle.mjs';

await runWorker(new URL('./memory-load-worker.ts', import.meta.url));
