/**
 * Polls until a value equals the expected one, for results that arrive
 * after a client-side navigation.
 * @param read reads the current value
 * @param expected the value to wait for
 * @param timeoutMs how long to wait
 * @returns the last value read; equal to `expected` unless the time ran out
 */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!Object.is(value, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
