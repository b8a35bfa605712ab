import { ApiError } from '../../lib/api-client';
import { throughWaitingRoom, type WaitOptions } from '../../lib/waiting-room';
import { startRound } from './api';

/**
 * Starts an attempt, or finds the one already in progress (409 ATTEMPT_OPEN names it). Past
 * capacity the server puts the person in the round's waiting room: this waits there (each wait
 * told to `options.onWait`) and keeps the place until the start goes through or is cancelled. The
 * attempt's clock starts only when it does.
 */
export async function startAttempt(roundId: number, options: WaitOptions = {}): Promise<{ attemptId?: number; error?: unknown }> {
  try {
    return { attemptId: (await throughWaitingRoom((ticket) => startRound(roundId, ticket), options)).attemptId };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'ATTEMPT_OPEN' && e.details.attemptId) {
      return { attemptId: Number(e.details.attemptId) };
    }
    return { error: e };
  }
}
