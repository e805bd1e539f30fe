// Worker bootstrap: registers tsx in this thread (hooks are per thread), then runs the TypeScript load worker.
import { register } from 'tsx/esm/api';

register();
await import('./memory-load-worker.ts');
