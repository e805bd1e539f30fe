// Worker bootstrap: registers tsx in this thread (hooks are per thread), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
