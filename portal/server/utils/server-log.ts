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

/**
 * Writes an informational line to the server log (stdout): rare operational
 * events such as a change notification from the CMS.
 * @param message what happened, without personal data
 */
export function logServerInfo(message: string): void {
  // eslint-disable-next-line no-console -- the server log is stdout
  console.info(message);
}
