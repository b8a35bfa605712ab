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
  /** The round is closed: the review (xem đáp án) answers. */
  answersAvailable: boolean;
  /** Until then, the earliest it can be: the round's end plus its grace. */
  answersAvailableFrom: string;
}

export const fetchMyAttempts = () => get<MyAttempt[]>('/api/me/attempts');

/** One question of the review, as the attempt showed it; option ids are display places. */
export interface ReviewQuestion {
  number: number;
  id: number;
  text: string;
  options: Array<{ id: number; text: string }>;
  chosenOptionId: number | null;
  correctOptionId: number | null;
  correct: boolean;
  keyFixed: boolean;
  explanation: string | null;
  source: string | null;
}

/** GET /api/attempts/{id}/review: only once the round is closed (409 REVIEW_NOT_AVAILABLE before). */
export interface AttemptReview {
  attemptId: number;
  roundId: number;
  roundName: string;
  contestName: string;
  attemptNo: number;
  status: 'SUBMITTED' | 'EXPIRED';
  result: { score: number; correctCount: number; questionCount: number; durationMs: number; submittedAt: string | null };
  questions: ReviewQuestion[];
}

export const fetchReview = (attemptId: number) => get<AttemptReview>(`/api/attempts/${attemptId}/review`);
