/**
 * The server's clock, as seen from the page. Only the server's time counts for windows and
 * deadlines, so the page never asks the device what time it is: it takes `serverTime` from a
 * response and advances it with the monotonic `performance.now()`, which a wrong or changed
 * device clock does not move.
 */
let anchor: { server: number; perf: number } | null = null;

/** `sentAt` and `receivedAt` are performance.now() around the request; half the round trip is added. */
export function syncServerTime(serverTime: string, sentAt: number, receivedAt: number): void {
  const server = Date.parse(serverTime);
  if (Number.isNaN(server)) return;
  anchor = { server: server + Math.max(0, receivedAt - sentAt) / 2, perf: receivedAt };
}

export function hasServerTime(): boolean {
  return anchor !== null;
}

/** Milliseconds since the epoch on the server's clock (null until a response has told us). */
export function serverNow(): number | null {
  return anchor ? anchor.server + (performance.now() - anchor.perf) : null;
}

/** Runs a request and syncs the clock from the server time its answer carries. */
export async function timed<T>(request: () => Promise<T>, serverTimeOf: (result: T) => string | undefined): Promise<T> {
  const sentAt = performance.now();
  const result = await request();
  const serverTime = serverTimeOf(result);
  if (serverTime) syncServerTime(serverTime, sentAt, performance.now());
  return result;
}
