/**
 * The server's waiting room (503 WAITING_ROOM): a start or a login refused for capacity carries a
 * signed ticket, the person's place and an estimated wait. This retries by itself after the
 * server's delay ± 20 % (so thousands of pages do not all come back in the same instant), always with
 * the ticket, so the person keeps their place; the caller shows each wait and may cancel.
 */
import { ApiError } from './api-client';

export const TICKET_HEADER = 'X-Waiting-Ticket';

export interface Wait {
  place: number;
  estimatedSeconds: number;
  /** When to come back: the server's `details.retryAfterMs` (finer than the Retry-After header's seconds). */
  retryAfterMs: number;
  /**
   * The room is still passing over people who left ahead in its line (`details.counting`): the place
   * counts some of them, so no place or wait is told; the next try, a moment later, has them.
   */
  counting: boolean;
}

export class WaitCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface WaitOptions {
  onWait?: (wait: Wait) => void;
  signal?: AbortSignal;
  /** For tests: how to wait, and the jitter's source. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** The wait a 503 WAITING_ROOM describes, or null for any other failure. */
export function waitOf(e: unknown): (Wait & { ticket: string }) | null {
  if (!(e instanceof ApiError) || e.status !== 503 || e.code !== 'WAITING_ROOM') return null;
  const ticket = e.details.ticket;
  if (typeof ticket !== 'string') return null;
  const n = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
  return {
    ticket,
    place: n(e.details.place, 0),
    estimatedSeconds: n(e.details.estimatedSeconds, 1),
    retryAfterMs: Math.min(60_000, Math.max(250, n(e.details.retryAfterMs, n(e.details.retryAfterSeconds, 1) * 1000))),
    counting: e.details.counting === true,
  };
}

/** Milliseconds until the next try: the server's delay with ± 20 % jitter, never under a quarter second. */
export function retryDelay(retryAfterMs: number, random: () => number = Math.random): number {
  return Math.max(250, Math.round(retryAfterMs * (0.8 + 0.4 * random())));
}

/** Calls `call` (with the ticket from the second try on) until it is not a waiting-room refusal. */
export async function throughWaitingRoom<T>(call: (ticket?: string) => Promise<T>, options: WaitOptions = {}): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  let ticket: string | undefined;
  for (;;) {
    if (options.signal?.aborted) throw new WaitCancelled();
    try {
      return await call(ticket);
    } catch (e) {
      const wait = waitOf(e);
      if (!wait) throw e;
      ticket = wait.ticket;
      options.onWait?.({ place: wait.place, estimatedSeconds: wait.estimatedSeconds, retryAfterMs: wait.retryAfterMs, counting: wait.counting });
      await sleep(retryDelay(wait.retryAfterMs, options.random), options.signal);
    }
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitCancelled());
    const id = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(id);
      reject(new WaitCancelled());
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
