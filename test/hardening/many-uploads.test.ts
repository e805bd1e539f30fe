// 20 uploads of a large plan into a server with a small heap (scaled down from 20 MB plans and a 4 GB heap, so the
// test runs in minutes): no crash, every refusal a clear 503/507, health answers throughout, the heap within its limit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UPLOADS = 20;
const PLAN_KB = 512;
const HEAP_MB = 192;

describe('many oversized uploads', () => {
  it(`${UPLOADS} uploads of a ${PLAN_KB} KB plan with a ${HEAP_MB} MB heap: the server stays up and within its memory`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-hard-many-'));
    try {
      const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'test/hardening/many-uploads-child.ts', dir, String(UPLOADS), String(PLAN_KB)], {
        encoding: 'utf8', timeout: 540_000,
      });
      expect(run.status, `child crashed: ${run.signal ?? ''} ${run.stderr.slice(-2000)}`).toBe(0);
      const result = JSON.parse(run.stdout.trim().split('\n').pop()!);
      console.log(`many uploads: ${JSON.stringify({ ...result, statuses: result.statuses.map((s: { status: number; code: string | null }) => s.code ?? s.status).join(' ') })}`);
      expect(result.statuses).toHaveLength(UPLOADS);
      for (const s of result.statuses) expect([201, 503, 507], JSON.stringify(s)).toContain(s.status);
      for (const s of result.statuses.filter((x: { status: number }) => x.status !== 201)) expect(['OVERLOADED', 'STORE_FULL']).toContain(s.code);
      expect(result.statuses.some((s: { status: number }) => s.status === 201)).toBe(true);
      expect(result.documents).toBe(result.statuses.filter((s: { status: number }) => s.status === 201).length);
      expect(result.healthFailures).toBe(0);
      expect(result.heapUsedMb).toBeLessThan(result.heapLimitMb * 0.85);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
