// A tiny zip writer for test fixtures (.docx files, broken zips, zip bombs with forged sizes).
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFixtureEntry {
  name: string;
  data: string | Uint8Array;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Forge the uncompressed size the central directory declares. */
  declaredSize?: number;
}

function header(fields: [number, 2 | 4][]): Buffer {
  const out = Buffer.alloc(fields.reduce((sum, [, width]) => sum + width, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value >>> 0, at);
    at += width;
  }
  return out;
}

export function zipFixture(entries: ZipFixtureEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const body = entry.stored ? raw : deflateRawSync(raw);
    const method = entry.stored ? 0 : 8;
    const crc = crc32(raw);
    const size = entry.declaredSize ?? raw.length;
    const local = header([[0x04034b50, 4], [20, 2], [0x0800, 2], [method, 2], [0, 2], [0x21, 2],
      [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2]]);
    locals.push(local, name, body);
    centrals.push(header([[0x02014b50, 4], [20, 2], [20, 2], [0x0800, 2], [method, 2], [0, 2], [0x21, 2],
      [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4],
      [offset, 4]]), name);
    offset += local.length + name.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2],
    [central.length, 4], [offset, 4], [0, 2]]);
  return new Uint8Array(Buffer.concat([...locals, central, end]));
}
