// How Neo4j orders strings holding UTF-16 units at or above U+D800, where code-point order and JavaScript's code-unit
// order part: an astral character (a surrogate pair, D800–DBFF first) against one in U+E000–U+FFFF (fullwidth
// punctuation such as （ U+FF08, compatibility ideographs). Run from neo4j-store.int.test.ts (it owns the database).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { BatchBuilder, entityId, taskId } from '../../support/batch-builder.ts';
import type { Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { compareStrings } from '../../../graph/catalogue/order.ts';
import { codeUnitOrder } from '../../../graph/store/neo4j/neo4j-cypher.ts';

/** Not a model label: every catalogue statement ignores it. */
const PROBE = 'PgStringOrderProbe';
/** '河𠀀' (U+20000, units D840 DC00) and '河（' (U+FF08): code points put （ first, code units 𠀀. */
const NAMES = ['河（东）', '河𠀀', '河', '河z', '河\uE000'];
const BY_CODE_UNIT = [...NAMES].sort(compareStrings);
const BY_CODE_POINT = ['河', '河z', '河\uE000', '河（东）', '河𠀀'];

/** A task naming two places whose names part at （ U+FF08 against 𠀀 U+20000. */
function riversBatch() {
  const b = new BatchBuilder('rivers', '关于加强河道管理的实施方案', '区');
  b.item('Task', '1', '1.', '整治河道', '1.整治河（东）和河𠀀河道。(区水利局牵头)', null, {
    duties: [{ unit: '区水利局', role: 'lead' }], mentions: [['Place', '河（东）'], ['Place', '河𠀀']],
  });
  return b.build();
}

export function neo4jStringOrderSuite(config: Neo4jTestConfig, create: () => Promise<GraphStore>): void {
  describe('Neo4j string order at and above U+D800', () => {
    it('stored strings compare by code point among themselves; parameters and codeUnitOrder by code unit, as JS', async () => {
      expect(BY_CODE_UNIT).toEqual(['河', '河z', '河𠀀', '河\uE000', '河（东）']);
      const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
      const session = driver.session({ database: config.database });
      const names = async (statement: string, params = {}) => (await session.run(statement, params)).records.map((r) => r.get('name') as string);
      try {
        await session.run(`UNWIND $names AS name CREATE (:${PROBE} {name: name})`, { names: NAMES });
        expect(await names(`MATCH (n:${PROBE}) RETURN n.name AS name ORDER BY n.name`)).toEqual(BY_CODE_POINT);
        expect(await names(`MATCH (n:${PROBE}) RETURN n.name AS name ORDER BY coalesce(n.name, '')`)).toEqual(BY_CODE_POINT);
        expect(await names(`MATCH (n:${PROBE}) RETURN n.name AS name ORDER BY ${codeUnitOrder('n.name')}`)).toEqual(BY_CODE_UNIT);
        expect(await names(`MATCH (n:${PROBE}) RETURN n.name AS name ORDER BY ${codeUnitOrder("coalesce(n.name, '')")}`)).toEqual(BY_CODE_UNIT);
        expect(await names('UNWIND $names AS name RETURN name ORDER BY name', { names: NAMES })).toEqual(BY_CODE_UNIT);
        // A stored string against a parameter: code units.
        const [row] = (await session.run(`MATCH (n:${PROBE} {name: '河（东）'}) RETURN n.name < $astral AS below`, { astral: '河𠀀' })).records;
        expect(row.get('below')).toBe(false);
      } finally {
        await session.run(`MATCH (n:${PROBE}) DELETE n`);
        await session.close();
        await driver.close();
      }
    });
  
    /** Both stores holding the rivers batch, closed after `check`. */
    async function withBoth(check: (neo4jStore: GraphStore, memory: GraphStore) => Promise<void>): Promise<void> {
      const neo4jStore = await create();
      const memory = new MemoryGraphStore();
      try {
        for (const s of [neo4jStore, memory]) {
          await s.init();
          await s.applyBatch(riversBatch());
        }
        await check(neo4jStore, memory);
      } finally {
        await neo4jStore.close();
        await memory.close();
      }
    }

    it('neighborhood cuts between such names where the memory store cuts (JS order: 河𠀀 before 河（东）)', async () => {
      await withBoth(async (neo4jStore, memory) => {
        const input = { id: taskId('rivers', '1'), depth: 1, limit: 2, labels: ['Place' as const] };
        const got = await neo4jStore.run('neighborhood', input);
        expect(got).toEqual(await memory.run('neighborhood', input));
        expect(got.nodes.map((n) => n.id)).toEqual([taskId('rivers', '1'), entityId('Place', '河𠀀')]);
      });
    });

    it('search ranks its page where the memory store does (JS order: 河𠀀 before 河（东）), the total counting every hit', async () => {
      await withBoth(async (neo4jStore, memory) => {
        // Both places start with 河 (score 80); the task's name and text, the document's name hold it further in.
        const input = { text: '河', limit: 1 };
        const got = await neo4jStore.run('search', input);
        expect(got).toEqual(await memory.run('search', input));
        expect(got.hits.items.map((h) => h.id)).toEqual([entityId('Place', '河𠀀')]);
        expect(got.hits.total).toBeGreaterThan(2);
        expect(got.hits.truncated).toBe(true);
      });
    });
  });
}
