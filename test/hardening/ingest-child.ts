// Subprocess for the kill -9 test: ingests a directory into a data dir the way the CLI does (ingestPaths: read all,
// parse in a worker thread, apply one document at a time). The parent watches the store directory and kills it.
// Usage: node --import tsx test/hardening/ingest-child.ts DATA_DIR INPUT_DIR
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';

const [dataDir, inputDir] = process.argv.slice(2);
const store = new MemoryGraphStore({ dataDir });
await store.init();
process.stdout.write('ingesting\n');
await ingestPaths(store, [inputDir]);
await store.close();
process.stdout.write('done\n');
