// The OpenAPI document passes a standard linter (Redocly's recommended rules, offline) and declares its security:
// a bearer token on every write, explicitly none on every read, and its servers.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { isRead, operations } from './support.ts';

const app = createApp({ store: new MemoryGraphStore() });

describe('/openapi.json', () => {
  it('has no problems under Redocly’s recommended rules', async () => {
    const source = await (await app.request('/openapi.json')).text();
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config: await createConfig({ extends: ['recommended'] }) });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  }, 60_000);

  it('every write needs the bearer token, every read says explicitly that it needs none', async () => {
    const doc = await (await app.request('/openapi.json')).json();
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ops = await operations(app);
    expect(ops.filter((op) => !isRead(op)).length).toBeGreaterThanOrEqual(2);
    for (const op of ops) {
      const security = doc.paths[op.path][op.method.toLowerCase()].security;
      expect(security, `${op.method} ${op.path}`).toEqual(isRead(op) ? [] : [{ bearerToken: [] }]);
    }
  });
});
