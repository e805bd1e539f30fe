// The UNREADABLE error for a path the OS refuses, carrying the OS error code (ENOENT, EACCES, EISDIR…).
import { AppError } from '../errors.ts';

const HINTS: Record<string, string> = {
  ENOENT: '请检查路径是否正确 / check that the path is right.',
  EACCES: '请检查文件权限 / check the file permissions.',
  EPERM: '请检查文件权限 / check the file permissions.',
  EISDIR: '这是目录：请给出其中的文件，或把目录交给 ingest / this is a directory: name a file in it, or ingest the directory.',
  ELOOP: '符号链接循环 / the symbolic links form a loop.',
};

function osErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

export function unreadable(source: string, error: unknown, code = osErrorCode(error)): AppError {
  return new AppError('UNREADABLE', `无法读取文件（${code}）/ cannot read the file (${code})`, {
    source,
    cause: error,
    hint: HINTS[code] ?? '请确认它是可读的普通文件 / make sure it is a readable regular file.',
  });
}
