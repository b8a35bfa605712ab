/**
 * Autosave (tự động lưu): every choice goes into a queue kept in localStorage and is sent with
 * PUT /answers/{questionId}. A choice leaves the queue only when the server has confirmed that
 * exact choice; failures are retried with growing pauses and at once when the browser is back
 * online. One request per question at a time: two PUTs for the same question could reach the
 * server in either order, and the server keeps the last to arrive, so a newer choice waits for
 * the one in flight and is sent when it is answered.
 */
import { ApiError, NetworkError } from '../../lib/api-client';
import { saveAnswer } from './api';
import { loadLocal, saveLocal, type LocalAttempt } from './local-attempt';

export type SaveState = 'saved' | 'saving' | 'waiting';

export interface QueueEvents {
  /** Something changed: pending set, state, or an error for a question. */
  changed(): void;
  /** The server says the attempt is closed (deadline passed or submitted elsewhere). */
  closed(): void;
  /** The session has ended and could not be refreshed. */
  unauthorized(): void;
}

export class AutosaveQueue {
  private local: LocalAttempt;
  private inFlight = new Map<number, number>();
  private retryTimer: number | undefined;
  private retryDelay = 1000;
  private failing = false;
  private disposed = false;
  readonly rejected = new Map<number, unknown>();

  constructor(private readonly attemptId: number, private readonly events: QueueEvents) {
    this.local = loadLocal(attemptId);
    window.addEventListener('online', this.onOnline);
  }

  private readonly onOnline = () => {
    this.retryDelay = 1000;
    void this.flush();
  };

  get data(): LocalAttempt {
    return this.local;
  }

  /** Question ids whose latest choice the server has not confirmed yet. */
  pendingIds(): number[] {
    return Object.keys(this.local.pending).map(Number);
  }

  state(): SaveState {
    if (this.pendingIds().length === 0) return 'saved';
    return this.failing ? 'waiting' : 'saving';
  }

  choose(questionId: number, optionId: number): void {
    this.local.pending[questionId] = optionId;
    this.rejected.delete(questionId);
    this.persist();
    this.events.changed();
    void this.flush();
  }

  setPrediction(value: string): void {
    this.local.prediction = value;
    this.persist();
  }

  submitKey(create: () => string): string {
    if (!this.local.submitKey) {
      this.local.submitKey = create();
      this.persist();
    }
    return this.local.submitKey;
  }

  persist(): void {
    saveLocal(this.attemptId, this.local);
  }

  async flush(): Promise<void> {
    if (this.disposed) return;
    window.clearTimeout(this.retryTimer);
    const work = Object.entries(this.local.pending)
      .map(([q, o]) => [Number(q), o] as const)
      .filter(([q]) => !this.inFlight.has(q));
    await Promise.all(work.map(([questionId, optionId]) => this.send(questionId, optionId)));
  }

  private async send(questionId: number, optionId: number): Promise<void> {
    this.inFlight.set(questionId, optionId);
    // answered (not failed): a newer choice made meanwhile goes next
    let answered = false;
    try {
      await saveAnswer(this.attemptId, questionId, optionId);
      // a queue left behind (the page was redrawn) must not write over its successor's copy
      if (this.disposed) return;
      if (this.local.pending[questionId] === optionId) {
        delete this.local.pending[questionId];
        this.persist();
      }
      this.failing = false;
      this.retryDelay = 1000;
      answered = true;
    } catch (e) {
      if (this.disposed) return;
      if (e instanceof ApiError && e.status === 409) {
        this.events.closed();
      } else if (e instanceof ApiError && e.status === 401) {
        this.failing = true;
        this.events.unauthorized();
      } else if (e instanceof ApiError && e.status === 422) {
        // the server will never accept this choice: drop it and say so at the question (unless a newer one replaced it)
        if (this.local.pending[questionId] === optionId) {
          delete this.local.pending[questionId];
          this.rejected.set(questionId, e);
          this.persist();
        }
        answered = true;
      } else {
        // offline, timeout, 5xx or 429: keep it and try again
        this.failing = true;
        this.scheduleRetry(e instanceof NetworkError);
      }
    } finally {
      if (this.inFlight.get(questionId) === optionId) this.inFlight.delete(questionId);
      if (!this.disposed) this.events.changed();
    }
    const newer = this.local.pending[questionId];
    if (answered && !this.disposed && newer !== undefined && newer !== optionId) {
      await this.send(questionId, newer);
    }
  }

  private scheduleRetry(offline: boolean): void {
    if (this.disposed) return;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(offline ? 15000 : 30000, this.retryDelay * 2);
  }

  dispose(): void {
    this.disposed = true;
    window.clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.onOnline);
  }
}
