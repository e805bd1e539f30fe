// An upload's `file` field, read as the body streams in (busboy): the Fetch API's formData() parsed a 20 MB body in
// one block of seconds on the main thread, during which no other request was answered.
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import busboy from 'busboy';
import { AppError } from '../../graph/errors.ts';
import { tooLarge } from './limits.ts';

interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

function badForm(cause?: unknown): AppError {
  return new AppError('BAD_INPUT', '请用 multipart/form-data 上传，字段名 file / upload as multipart/form-data with a `file` field', { cause });
}

/** busboy refuses a part header over 16 KB (Node's own header limit): in practice a file name of thousands of characters. */
function badPartHeader(cause: unknown): AppError {
  return new AppError('BAD_INPUT', '上传的分段头过长或已损坏：文件名等分段头不能超过 16 KB / a part header of the upload is too long or malformed: file names and other part headers are limited to 16 KB', {
    cause, hint: '把文件改成短一些的名字再上传 / rename the file to a shorter name and upload it again.',
  });
}

function missingFile(): AppError {
  return new AppError('BAD_INPUT', '缺少文件字段 file / the `file` field is missing', { issues: [{ path: ['file'], message: 'required', code: 'invalid_type' }] });
}

/**
 * The first `file` field of a multipart request; 400 without one, 413 past `maxBytes` (the rest is not kept), and 413
 * once the body passes `maxBodyBytes` (reading stops there: a streamed body has no declared size to refuse first).
 */
export function readUploadedFile(req: Request, maxBytes: number, maxBodyBytes: number): Promise<UploadedFile> {
  const type = req.headers.get('content-type') ?? '';
  if (!req.body || !/^multipart\/form-data/i.test(type)) return Promise.reject(badForm());
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { 'content-type': type }, defParamCharset: 'utf8', limits: { fileSize: maxBytes } });
  } catch (error) {
    return Promise.reject(badForm(error));
  }
  return new Promise((resolve, reject) => {
    let found: { name: string; chunks: Buffer[]; size: number; over: boolean } | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || found) {
        stream.resume();
        return;
      }
      const file = { name: info.filename ?? '', chunks: [] as Buffer[], size: 0, over: false };
      found = file;
      stream.on('data', (chunk: Buffer) => { file.chunks.push(chunk); file.size += chunk.length; });
      stream.on('limit', () => { file.over = true; file.chunks = []; });
    });
    parser.on('close', () => {
      if (!found) reject(missingFile());
      else if (found.over) reject(tooLarge(maxBytes, 'document'));
      else joinInTurns(found.chunks, found.size).then((bytes) => resolve({ name: found!.name, bytes }), reject);
    });
    parser.on('error', (error: Error) => reject(/part header/i.test(error.message) ? badPartHeader(error) : badForm(error)));
    feed(req.body!, parser, maxBodyBytes, () => tooLarge(maxBytes, 'document')).catch(reject);
  });
}

/** Bytes copied before the event loop gets a turn: Buffer.concat of a 20 MB upload held it ~190–330 ms under load. */
const JOIN_SLICE_BYTES = 1 << 20;

/** The chunks in one buffer of its own (the parse worker takes it over without a copy), copied a slice per turn. */
async function joinInTurns(chunks: Buffer[], size: number): Promise<Uint8Array> {
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  let sliceEnd = JOIN_SLICE_BYTES;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
    if (at < sliceEnd) continue;
    await nextTurn();
    sliceEnd = at + JOIN_SLICE_BYTES;
  }
  return bytes;
}

/** Body read before the event loop gets a turn: chunks already buffered are otherwise all parsed in one go. */
const FEED_SLICE_MS = 8;

/**
 * The body into busboy, giving the event loop a turn every FEED_SLICE_MS: a fast client's 20 MB arrive faster than
 * they are parsed, and reading them as promise callbacks alone kept every other request waiting for up to a second.
 */
async function feed(body: ReadableStream<Uint8Array>, parser: busboy.Busboy, maxBodyBytes: number, over: () => Error): Promise<void> {
  const reader = body.getReader();
  let sliceStart = performance.now();
  let size = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > maxBodyBytes) {
        await reader.cancel().catch(() => undefined);
        throw over();
      }
      if (!parser.write(next.value)) await once(parser, 'drain');
      if (performance.now() - sliceStart > FEED_SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
    parser.end();
  } catch (error) {
    // Not released when the body was read to its end: releaseLock builds an error (and its source-mapped stack: 0.2 s
    // measured) for a read nobody is waiting on.
    reader.releaseLock();
    throw error;
  }
}
