import { get, post, put } from '../../lib/api-client';
import { timed } from '../../lib/server-clock';
import { TICKET_HEADER } from '../../lib/waiting-room';

export interface Option {
  id: number;
  text: string;
}

export interface Question {
  id: number;
  text: string;
  options: Option[];
}

export interface Result {
  score: number;
  correctCount: number;
  questionCount: number;
  durationMs: number;
  submittedAt: string;
}

export interface SavedAnswer {
  questionId: number;
  optionId: number;
}

/** GET /api/attempts/{id}: the questions as this attempt shuffled them, saved answers, time, result. */
export interface AttemptView {
  attemptId: number;
  roundId: number;
  status: 'OPEN' | 'SUBMITTED' | 'EXPIRED';
  startedAt: string;
  deadlineAt: string;
  serverTime: string;
  remainingSeconds: number;
  questions: Question[];
  prediction: { prompt: string } | null;
  answers: SavedAnswer[];
  predictionValue: number | null;
  result: Result | null;
}

export interface Started {
  attemptId: number;
}

/** The server leaves out empty lists and nulls; the page wants them spelled out. */
export async function fetchAttempt(id: number): Promise<AttemptView> {
  const view = await timed(() => get<AttemptView>(`/api/attempts/${id}`), (a) => a.serverTime);
  return {
    ...view,
    questions: view.questions ?? [],
    answers: view.answers ?? [],
    prediction: view.prediction ?? null,
    predictionValue: view.predictionValue ?? null,
    result: view.result ?? null,
  };
}

export function startRound(roundId: number, ticket?: string): Promise<Started> {
  return post<Started>(`/api/rounds/${roundId}/attempts`, undefined, ticket ? { headers: { [TICKET_HEADER]: ticket } } : {});
}

export function saveAnswer(attemptId: number, questionId: number, optionId: number): Promise<void> {
  return put<void>(`/api/attempts/${attemptId}/answers/${questionId}`, { optionId });
}

export function submitAttempt(attemptId: number, key: string, answers: SavedAnswer[], prediction: number | null): Promise<Result> {
  return post<Result>(`/api/attempts/${attemptId}/submit`, { answers, prediction }, { headers: { 'Idempotency-Key': key } });
}
