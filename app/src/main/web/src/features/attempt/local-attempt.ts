/**
 * What the page keeps of an attempt in localStorage until it is submitted: answers not yet
 * confirmed by the server, the prediction, and the submission's Idempotency-Key, so a reload,
 * a crash or a dropped connection loses nothing and a retried submit is never graded twice.
 */
export interface LocalAttempt {
  pending: Record<string, number>;
  prediction: string;
  submitKey: string | null;
}

const key = (attemptId: number) => `contest.attempt.${attemptId}`;

export function loadLocal(attemptId: number): LocalAttempt {
  try {
    const raw = localStorage.getItem(key(attemptId));
    if (raw) {
      const parsed = JSON.parse(raw) as Partial<LocalAttempt>;
      return { pending: parsed.pending ?? {}, prediction: parsed.prediction ?? '', submitKey: parsed.submitKey ?? null };
    }
  } catch {
    // unreadable storage is treated as empty: the server still has every confirmed answer
  }
  return { pending: {}, prediction: '', submitKey: null };
}

export function saveLocal(attemptId: number, local: LocalAttempt): void {
  try {
    localStorage.setItem(key(attemptId), JSON.stringify(local));
  } catch {
    // storage full or disabled: answers still go to the server, only the offline copy is lost
  }
}

export function clearLocal(attemptId: number): void {
  localStorage.removeItem(key(attemptId));
}

/** A random key without crypto.randomUUID, which plain-http pages do not have. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
