/**
 * One error class for the whole pipeline. Callers switch on `code`, never on the message;
 * the codes are stable and documented in the README (they end up in sources.csv).
 */
export const ERROR_CODES = [
  "EMPTY",
  "BINARY",
  "DECODE",
  "TOO_LARGE",
  "BAD_META",
  "NOT_ARTICLE",
  "DUPLICATE",
  "IO",
  "UNSUPPORTED",
  "BAD_ARGS",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class SalvoError extends Error {
  override readonly name = "SalvoError";
  constructor(
    readonly code: ErrorCode,
    /** The file the error is about (relative to the input folder), or "" for run-level errors. */
    readonly file: string,
    readonly detail: string,
  ) {
    super(file ? `${file}: ${detail}` : detail);
  }
}

export type Result<T, E = SalvoError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
