/** Solves an ALTCHA challenge off the main thread, so typing and scrolling stay smooth. */
import { solve } from '../../lib/sha256';

interface Task {
  challenge: string;
  salt: string;
  maxnumber: number;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Task>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { challenge, salt, maxnumber } = event.data;
  const started = performance.now();
  const number = solve(challenge, salt, maxnumber);
  scope.postMessage({ number, took: Math.round(performance.now() - started) });
};
