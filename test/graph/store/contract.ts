// The one GraphStore contract suite: every store (memory, Neo4j) must pass it unchanged.
import { describe } from 'vitest';
import { entityQueriesContract } from './contract-entities.ts';
import { graphQueriesContract } from './contract-graph.ts';
import { lifecycleContract } from './contract-lifecycle.ts';
import { linkDecisionsContract } from './contract-links.ts';
import type { GraphStoreContractOptions } from './contract-support.ts';
import { unitQueriesContract } from './contract-units.ts';
import { validationContract } from './contract-validation.ts';

export type { GraphStoreContractOptions } from './contract-support.ts';

/** Register the suite inside a test file: `runGraphStoreContract({ name: 'memory', create })`. */
export function runGraphStoreContract(opts: GraphStoreContractOptions): void {
  describe(`GraphStore contract: ${opts.name}`, () => {
    lifecycleContract(opts);
    validationContract(opts);
    unitQueriesContract(opts);
    entityQueriesContract(opts);
    graphQueriesContract(opts);
    linkDecisionsContract(opts);
  });
}
