// CLI for the local Neo4j server: `npx tsx graph/neo4j/neo4j-ctl.ts start|stop|status` (exit 3 = stopped on status).
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-server.ts';

const USAGE = 'usage: tsx graph/neo4j/neo4j-ctl.ts start|stop|status';

/** Runs one command and returns the process exit code. */
async function runNeo4jCtl(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start': {
      const started = await startLocalNeo4j();
      console.log(`Bolt URI: ${started.uri}  user: ${started.user}  password: ${started.password}`);
      return 0;
    }
    case 'stop':
      await stopLocalNeo4j();
      return 0;
    case 'status': {
      const status = await localNeo4jStatus();
      if (!status.running) {
        console.log(`Neo4j is stopped (${status.uri}).`);
        return 3;
      }
      const bolt = status.boltAnswers ? 'Bolt answers' : `Bolt does not answer yet (${status.detail ?? 'no detail'})`;
      console.log(`Neo4j is running (pid ${status.pid}); ${bolt} at ${status.uri}.`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 64;
  }
}

try {
  process.exitCode = await runNeo4jCtl(process.argv[2]);
} catch (error) {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exitCode = error instanceof LocalNeo4jError ? error.exitCode : 1;
}
