/**
 * Writes an error line to the server log (stderr). Callers pass paths, never
 * full URLs: query strings may carry what visitors typed.
 * @param message what failed, without personal data
 * @param error the caught error, for its stack trace
 */
export function logServerError(message: string, error?: unknown): void {
  // eslint-disable-next-line no-console -- the server log is stderr
  console.error(message, ...(error === undefined ? [] : [error]));
}
