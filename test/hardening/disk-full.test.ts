// Disk full: on a real full tmpfs, an upload is 507 DISK_FULL (not "retry shortly"), a log line says so, nothing is
// stored, and /api/health reports a store that cannot write. Needs a tmpfs (an unprivileged mount namespace).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function canMountTmpfs(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'pg-tmpfs-probe-'));
  try {
    execFileSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=1m none "$1"', 'sh', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tmpfs = canMountTmpfs();
if (!tmpfs) console.warn('disk-full test skipped: this machine cannot mount a tmpfs in a user namespace (unshare -Urm)');

describe.runIf(tmpfs)('a full disk', () => {
  it('an upload is 507 DISK_FULL with a log line, nothing is stored, and health says the store cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-hard-diskfull-'));
    try {
      const script = 'mount -t tmpfs -o size=4m none "$1" && exec "$2" --import tsx test/hardening/disk-full-child.ts "$1"';
      const run = spawnSync('unshare', ['-Urm', 'sh', '-c', script, 'sh', dir, process.execPath], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout.trim().split('\n').pop()!);
      expect(result.healthBefore).toMatchObject({ ok: true, writable: true });
      expect(result.upload.status).toBe(507);
      expect(result.upload.body.error.code).toBe('DISK_FULL');
      expect(result.documents).toBe(0);
      expect(result.health).toMatchObject({ ok: true, writable: false });
      expect(result.logs).toContainEqual(expect.objectContaining({ event: 'write-failed', code: 'DISK_FULL', path: '/api/documents', status: 507 }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
