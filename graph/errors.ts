// One error type with a closed set of codes; the server and CLI map it, users never see a stack.

const ERROR_CODES = {
  BAD_INPUT: 400,
  EMPTY_DOCUMENT: 400,
  BINARY_DOCUMENT: 415,
  UNSUPPORTED_FORMAT: 415,
  CORRUPT_DOCX: 400,
  CORRUPT_DOCUMENT: 400,
  NO_TEXT_LAYER: 422,
  TOO_LARGE: 413,
  UNREADABLE: 400,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  /** A write from another site, a non-loopback client without a token, or a Host the server does not serve. */
  FORBIDDEN: 403,
  /** A document whose parse exceeds a budget (time, nodes, edges, warnings). */
  OVER_BUDGET: 422,
  STORE_UNAVAILABLE: 503,
  STORE_CORRUPT: 500,
  QUERY_TIMEOUT: 503,
  /** The server is too close to its memory limit to take an upload now. */
  OVERLOADED: 503,
  /** The store reached its size limit (documents, nodes, bytes), or started read-only because its data did not fit. */
  STORE_FULL: 507,
  /** The disk holding the data directory is full. */
  DISK_FULL: 507,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

interface AppErrorOptions {
  cause?: unknown;
  retriable?: boolean;
  /** The file or upload the error is about, when there is one. */
  source?: string;
  /** What the user can do about it. */
  hint?: string;
  issues?: unknown[];
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly retriable: boolean;
  readonly source?: string;
  readonly hint?: string;
  readonly issues?: unknown[];

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = ERROR_CODES[code];
    this.retriable = options.retriable ?? code === 'STORE_UNAVAILABLE';
    this.source = options.source;
    this.hint = options.hint;
    this.issues = options.issues;
  }

  /** One line for a terminal: where, what, and what to do. */
  describe(): string {
    const where = this.source ? `${this.source}: ` : '';
    const hint = this.hint ? ` ${this.hint}` : '';
    return `${where}${this.message}${hint}`;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
