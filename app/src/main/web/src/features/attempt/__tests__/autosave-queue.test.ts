import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../lib/device', () => ({ deviceFingerprint: () => 'test-device' }));
vi.mock('../api', () => ({ saveAnswer: vi.fn() }));

const { saveAnswer } = await import('../api');
const { ApiError, NetworkError } = await import('../../../lib/api-client');
const { AutosaveQueue } = await import('../autosave-queue');

const ATTEMPT = 42;
const STORAGE_KEY = `contest.attempt.${ATTEMPT}`;

/** A reply the test decides: resolve or reject one PUT when it wants. */
interface Call {
  questionId: number;
  optionId: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

let calls: Call[];
const store = new Map<string, string>();
let windowEvents: EventTarget;

const events = () => ({ changed: vi.fn(), closed: vi.fn(), unauthorized: vi.fn() });

/** Lets the queue's awaited promises settle. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

const stored = () => JSON.parse(store.get(STORAGE_KEY) ?? '{"pending":{}}') as { pending: Record<string, number>; submitKey: string | null };

const refusal = (status: number, code: string) => new ApiError(status, code, 'vi', 'en');

describe('the autosave queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    store.clear();
    windowEvents = new EventTarget();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    });
    // the page runs in a browser; here window is just its events and timers
    vi.stubGlobal('window', {
      addEventListener: (type: string, listener: EventListener) => windowEvents.addEventListener(type, listener),
      removeEventListener: (type: string, listener: EventListener) => windowEvents.removeEventListener(type, listener),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    });
    vi.mocked(saveAnswer).mockReset();
    vi.mocked(saveAnswer).mockImplementation((_attempt, questionId, optionId) =>
      new Promise<void>((resolve, reject) => void calls.push({ questionId, optionId, resolve, reject })));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends a choice at once and forgets it once the server has confirmed it', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(7, 3);

    expect(calls.map((c) => [c.questionId, c.optionId])).toEqual([[7, 3]]);
    expect(queue.state()).toBe('saving');
    expect(stored().pending).toEqual({ 7: 3 });

    calls[0].resolve();
    await settle();

    expect(queue.state()).toBe('saved');
    expect(queue.pendingIds()).toEqual([]);
    expect(stored().pending).toEqual({});
  });

  it('saves choices for different questions side by side, each confirmed on its own', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(1, 2);
    queue.choose(2, 4);
    expect(calls.map((c) => c.questionId)).toEqual([1, 2]);

    calls[1].resolve();
    await settle();
    expect(queue.pendingIds()).toEqual([1]);

    calls[0].resolve();
    await settle();
    expect(queue.state()).toBe('saved');
  });

  it('keeps a newer choice pending when the confirmation of an older one for the same question comes back', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(5, 1);
    queue.choose(5, 2);

    calls[0].resolve();
    await settle();

    expect(queue.data.pending[5]).toBe(2);
    expect(queue.state()).toBe('saving');
  });

  it('sends a newer choice for a question only after the older one is answered, so the server ends with the newest', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(5, 1);
    queue.choose(5, 2);
    queue.choose(5, 3);

    // one request per question at a time: two PUTs in flight could reach the server in either order
    expect(calls.map((c) => c.optionId)).toEqual([1]);

    calls[0].resolve();
    await settle();
    expect(calls.map((c) => c.optionId)).toEqual([1, 3]);

    calls[1].resolve();
    await settle();
    expect(queue.state()).toBe('saved');
    expect(stored().pending).toEqual({});
  });

  it('the same choice again while it is being sent is not sent twice', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(9, 4);
    queue.choose(9, 4);
    await queue.flush();

    expect(calls).toHaveLength(1);
  });

  it('keeps a choice through a server error and retries with growing pauses', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(3, 1);
    calls[0].reject(refusal(503, 'UNAVAILABLE'));
    await settle();

    expect(queue.state()).toBe('waiting');
    expect(queue.data.pending[3]).toBe(1);

    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);

    calls[1].reject(refusal(500, 'INTERNAL'));
    await settle();
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);

    calls[2].resolve();
    await settle();
    expect(queue.state()).toBe('saved');
  });

  it('offline, retries at most every fifteen seconds', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(3, 1);
    const pauses: number[] = [];
    for (let i = 0; i < 6; i++) {
      calls[i].reject(new NetworkError('offline'));
      await settle();
      const before = Date.now();
      while (calls.length === i + 1) await vi.advanceTimersByTimeAsync(500);
      pauses.push(Date.now() - before);
    }
    expect(pauses).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('back online, sends what waited at once', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(3, 1);
    queue.choose(4, 2);
    calls[0].reject(new NetworkError('offline'));
    calls[1].reject(new NetworkError('offline'));
    await settle();
    expect(calls).toHaveLength(2);
    expect(queue.state()).toBe('waiting');

    windowEvents.dispatchEvent(new Event('online'));
    await settle();

    expect(calls.slice(2).map((c) => c.questionId).sort()).toEqual([3, 4]);
  });

  it('tells the page when the server says the attempt is closed', async () => {
    const listener = events();
    const queue = new AutosaveQueue(ATTEMPT, listener);
    queue.choose(3, 1);
    calls[0].reject(refusal(409, 'ATTEMPT_CLOSED'));
    await settle();

    expect(listener.closed).toHaveBeenCalledOnce();
  });

  it('keeps the choice and tells the page when the session has ended', async () => {
    const listener = events();
    const queue = new AutosaveQueue(ATTEMPT, listener);
    queue.choose(3, 1);
    calls[0].reject(refusal(401, 'UNAUTHORIZED'));
    await settle();

    expect(listener.unauthorized).toHaveBeenCalledOnce();
    expect(queue.data.pending[3]).toBe(1);
    expect(queue.state()).toBe('waiting');
  });

  it('drops a choice the server will never accept and marks it at its question', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(3, 9);
    const refused = refusal(422, 'OPTION_NOT_IN_QUESTION');
    calls[0].reject(refused);
    await settle();

    expect(queue.pendingIds()).toEqual([]);
    expect(queue.rejected.get(3)).toBe(refused);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);

    queue.choose(3, 2);
    expect(queue.rejected.has(3)).toBe(false);
  });

  it('a refusal of an older choice does not drop the newer one made meanwhile', async () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.choose(3, 9);
    queue.choose(3, 2);
    calls[0].reject(refusal(422, 'OPTION_NOT_IN_QUESTION'));
    await settle();

    expect(queue.rejected.has(3)).toBe(false);
    expect(calls.map((c) => c.optionId)).toEqual([9, 2]);
    calls[1].resolve();
    await settle();
    expect(queue.state()).toBe('saved');
  });

  it('after a reload, finds the unconfirmed choices in local storage and sends them on flush', async () => {
    const first = new AutosaveQueue(ATTEMPT, events());
    first.choose(1, 2);
    first.choose(2, 3);
    calls[0].resolve();
    await settle();
    first.dispose();

    const reloaded = new AutosaveQueue(ATTEMPT, events());
    expect(reloaded.pendingIds()).toEqual([2]);
    await settle();
    const before = calls.length;
    void reloaded.flush();
    expect(calls.slice(before).map((c) => [c.questionId, c.optionId])).toEqual([[2, 3]]);
  });

  it('a queue left behind by a redrawn page does not write over its successor', async () => {
    const old = new AutosaveQueue(ATTEMPT, events());
    old.choose(1, 2);
    old.dispose();
    const successor = new AutosaveQueue(ATTEMPT, events());
    successor.choose(4, 1);

    calls[0].resolve();
    await settle();

    expect(stored().pending).toEqual({ 1: 2, 4: 1 });
  });

  it('keeps one submit key for every retry of the submit, also after a reload', () => {
    let made = 0;
    const create = () => `key-${++made}`;
    const queue = new AutosaveQueue(ATTEMPT, events());
    expect(queue.submitKey(create)).toBe('key-1');
    expect(queue.submitKey(create)).toBe('key-1');

    const reloaded = new AutosaveQueue(ATTEMPT, events());
    expect(reloaded.submitKey(create)).toBe('key-1');
    expect(made).toBe(1);
  });

  it('keeps the prediction typed so far for the submit', () => {
    const queue = new AutosaveQueue(ATTEMPT, events());
    queue.setPrediction('1234');
    expect(new AutosaveQueue(ATTEMPT, events()).data.prediction).toBe('1234');
  });
});
