import { get } from '../../lib/api-client';

/** GET /api/me/attempts: the caller's own attempts, newest first. */
export interface MyAttempt {
  attemptId: number;
  roundId: number;
  roundName: string;
  contestId: number;
  contestName: string;
  attemptNo: number;
  status: 'OPEN' | 'SUBMITTED' | 'EXPIRED';
  score: number | null;
  correctCount: number | null;
  questionCount: number;
  durationMs: number | null;
  startedAt: string;
  submittedAt: string | null;
}

export const fetchMyAttempts = () => get<MyAttempt[]>('/api/me/attempts');
