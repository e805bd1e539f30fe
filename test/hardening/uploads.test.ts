// Hostile uploads: huge, empty, binary, mislabelled and zip-bomb files are refused with the right status, and change nothing.
import { execFile } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MAX_DOCX_XML_BYTES } from '../../graph/read/index.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { docxFixture, documentXml } from '../support/docx-fixture.ts';
import { zipFixture } from '../support/zip-fixture.ts';
import { fingerprint, request, upload, type App } from './support.ts';

const run = promisify(execFile);
const PLAN = ['关于推进水利建设的实施方案', '一、重点任务', '1.完善防洪体系。加快推进涪江堤防建设。（牵头单位：区水利局，责任单位：区财政局）'];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
const SMALL_LIMIT = 256 * 1024;

let dir: string;
let store: MemoryGraphStore;
let app: App;
let before: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-hard-upload-'));
  store = new MemoryGraphStore({ dataDir: dir });
  await ingestPaths(store, ['seeds']);
  app = createApp({ store });
  before = await fingerprint(store, dir);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Upload through `target` (default: the seeded app), expect the status and code, then the store as it was. */
async function refused(name: string, content: string | Uint8Array, status: number, code: string, target: App = app): Promise<void> {
  const res = await upload(target, name, content);
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
  expect(await fingerprint(store, dir)).toBe(before);
}

/** A body streamed in 64 KB chunks up to `total` bytes, counting how many the server pulled. */
function countingMultipart(total: number) {
  const head = new TextEncoder().encode('--B\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n');
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  const counter = { pulled: 0 };
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(head);
      } else if (counter.pulled >= total) {
        controller.close();
      } else {
        counter.pulled += chunk.length;
        controller.enqueue(chunk);
      }
    },
  });
  const init = { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=B' } } as RequestInit;
  return { init, counter };
}

describe('huge uploads', () => {
  it('a streamed body over the limit is 413 after reading about the limit, not the whole body', async () => {
    const small = createApp({ store, limits: { uploadBytes: SMALL_LIMIT } });
    const { init, counter } = countingMultipart(200 * 1024 * 1024);
    const res = await small.request('/api/documents', init);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('TOO_LARGE');
    expect(counter.pulled).toBeLessThan(SMALL_LIMIT + 1024 * 1024);
    expect(await fingerprint(store, dir)).toBe(before);
  });

  it('a declared Content-Length over the limit is 413 before the body arrives (real server)', async () => {
    const server: ServerType = serve({ fetch: createApp({ store, limits: { uploadBytes: SMALL_LIMIT } }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Only the headers and a few bytes of a declared 100 MB are ever sent: the answer cannot wait for the rest.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1', port, path: '/api/documents', method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=B', 'content-length': String(100 * 1024 * 1024) },
        }, (res) => {
          res.resume();
          resolve(res.statusCode);
          req.destroy();
        });
        req.on('error', reject);
        req.write('--B\r\n');
      });
      expect(status).toBe(413);
    } finally {
      server.close();
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }
    expect(await fingerprint(store, dir)).toBe(before);
  });

  it('a file just over the upload limit is 413 even though its multipart body fits the body limit', async () => {
    const small = createApp({ store, limits: { uploadBytes: SMALL_LIMIT } });
    await refused('big.txt', new Uint8Array(SMALL_LIMIT + 1).fill(0x41), 413, 'TOO_LARGE', small);
  });
});

describe('empty uploads', () => {
  it('a zero-byte file is 400 EMPTY_DOCUMENT', async () => {
    await refused('empty.txt', new Uint8Array(0), 400, 'EMPTY_DOCUMENT');
  });

  it('a file of only whitespace (full-width spaces, BOM, newlines) is 400 EMPTY_DOCUMENT', async () => {
    await refused('blank.md', '\ufeff \u3000\r\n\t\n', 400, 'EMPTY_DOCUMENT');
  });

  it('a .docx with no text in it is 400 EMPTY_DOCUMENT', async () => {
    await refused('blank.docx', docxFixture(['', '']), 400, 'EMPTY_DOCUMENT');
  });

  it('a multipart body without a file is 400', async () => {
    const res = await request(app, 'POST', '/api/documents', { body: new FormData() });
    expect(res.status).toBe(400);
    expect(await fingerprint(store, dir)).toBe(before);
  });
});

describe('binary uploads', () => {
  it('an ELF executable named .txt is 415 BINARY_DOCUMENT', async () => {
    await refused('plan.txt', ELF, 415, 'BINARY_DOCUMENT');
  });

  it('random bytes with NULs named .md are 415 BINARY_DOCUMENT', async () => {
    await refused('plan.md', new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256), 415, 'BINARY_DOCUMENT');
  });

  it('a file without a readable extension is 415 UNSUPPORTED_FORMAT', async () => {
    await refused('plan', PLAN.join('\n'), 415, 'UNSUPPORTED_FORMAT');
  });
});

describe('mislabelled uploads', () => {
  it('a JSON body instead of multipart is 415, told in Chinese and English', async () => {
    const res = await request(app, 'POST', '/api/documents', { body: JSON.stringify({ file: PLAN.join('\n') }), headers: { 'content-type': 'application/json' } });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 415, code: 'UNSUPPORTED_FORMAT' });
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff].*multipart\/form-data/u);
    expect(await fingerprint(store, dir)).toBe(before);
  });

  it('a PNG named .txt is 415 BINARY_DOCUMENT', async () => {
    await refused('scan.txt', PNG, 415, 'BINARY_DOCUMENT');
  });

  it('a plain-text file named .docx is 400 CORRUPT_DOCX', async () => {
    await refused('plan.docx', PLAN.join('\n'), 400, 'CORRUPT_DOCX');
  });

  it('an old .doc (OLE) named .docx is 400 CORRUPT_DOCX', async () => {
    await refused('plan.docx', OLE, 400, 'CORRUPT_DOCX');
  });

  it('a zip that is not a Word document is 400 CORRUPT_DOCX, whatever its name', async () => {
    const zip = zipFixture([{ name: 'notes/readme.xml', data: '<a>一、总体要求</a>' }]);
    await refused('archive.docx', zip, 400, 'CORRUPT_DOCX');
    await refused('archive.txt', zip, 400, 'CORRUPT_DOCX');
  });

  // Decided: the bytes win over the name. A zip is never a text file, so a real .docx named .txt is read as the
  // .docx it is (graph/read/document.ts), instead of refusing a file the user can open in Word.
  it('a real .docx named .txt is ingested as the .docx it is, without zip bytes in the text', async () => {
    const fresh = new MemoryGraphStore();
    const res = await upload(createApp({ store: fresh }), 'plan.txt', docxFixture(PLAN));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tasks: 1, source: 'plan.txt' });
    const [doc] = await fresh.listDocuments();
    const text = (await fresh.getDocumentText(doc.id)) ?? '';
    expect(text.split('\n').slice(0, 2)).toEqual(PLAN.slice(0, 2));
    expect(text).not.toMatch(/PK|Content_Types|word\/document|\u0000/u);
  });
});

describe('zip bombs', () => {
  it('a .docx whose declared XML size is over the limit is 413', async () => {
    const bomb = docxFixture(PLAN, { document: { declaredSize: MAX_DOCX_XML_BYTES + 1 } });
    await refused('bomb.docx', bomb, 413, 'TOO_LARGE');
  });

  it('a .docx that declares a small size but inflates past the limit is 413', async () => {
    const xml = documentXml(PLAN).replace('<w:body>', `<w:body>${' '.repeat(MAX_DOCX_XML_BYTES + 1024)}`);
    const bomb = docxFixture([], { xml, document: { declaredSize: 1000 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refused('bomb.docx', bomb, 413, 'TOO_LARGE');
  });

  it('many XML parts that together inflate past the limit are 413', async () => {
    const part = ' '.repeat(MAX_DOCX_XML_BYTES / 4 + 1);
    const bomb = zipFixture([
      { name: 'word/document.xml', data: documentXml(PLAN) },
      ...[1, 2, 3, 4].map((i) => ({ name: `word/footer${i}.xml`, data: part, declaredSize: 10 })),
    ]);
    await refused('bomb.docx', bomb, 413, 'TOO_LARGE');
  });

  // mammoth reads the main document from whatever path _rels/.rels names (word/main.dat too), so every zip
  // entry counts toward the limit. Runs in a subprocess with a small heap: a regression fails fast there.
  it('a .docx whose main part is not named .xml is still held to the inflated-size limit', async () => {
    const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.dat"/></Relationships>';
    const body = '<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>'.repeat(Math.ceil((MAX_DOCX_XML_BYTES + 1024) / 40));
    const bomb = zipFixture([
      { name: '_rels/.rels', data: rels },
      { name: 'word/document.xml', data: documentXml(['小']) },
      { name: 'word/main.dat', data: documentXml([]).replace('<w:body></w:body>', `<w:body>${body}</w:body>`) },
    ]);
    const file = join(dir, 'bomb.docx');
    await writeFile(file, bomb);
    const child = await run(process.execPath, ['--max-old-space-size=384', '--import', 'tsx', 'test/hardening/upload-child.ts', file, 'bomb.docx'], {
      // The upload is read in the parse worker, whose start (tsx, the pipeline) takes seconds on a loaded machine.
      timeout: 90_000, maxBuffer: 1024 * 1024,
    }).then(({ stdout }) => stdout, (error: { code?: unknown; signal?: unknown }) => `child failed: code ${String(error.code)} signal ${String(error.signal)}`);
    expect(child).toContain('"status":413');
  }, 120_000);
});
