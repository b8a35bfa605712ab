import { ApiError } from '../../lib/api-client';
import { startRound } from './api';

/** Starts an attempt, or finds the one already in progress (409 ATTEMPT_OPEN names it). */
export async function startAttempt(roundId: number): Promise<{ attemptId?: number; error?: unknown }> {
  try {
    return { attemptId: (await startRound(roundId)).attemptId };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'ATTEMPT_OPEN' && e.details.attemptId) {
      return { attemptId: Number(e.details.attemptId) };
    }
    return { error: e };
  }
}
