import { api } from '@/lib/api-client';

/** The frozen ranking's identity (ranking/RoundCloser.Snapshot): what the committee signs. */
export type Snapshot = { roundId: number; computedAt: string; predictionActual: number | null; entryCount: number; contentHash: string };

/** The link of the chain (score → prediction error → duration → submission time → entry id) that put an entry above the next. */
export type DecidedBy = 'SCORE' | 'PREDICTION' | 'DURATION' | 'SUBMISSION_TIME' | 'ENTRY_ID' | 'LAST';

export type RankedEntry = {
  rank: number;
  accountId: number;
  displayName: string;
  unit: string | null;
  commune: string;
  score: number;
  correctCount: number;
  questionCount: number;
  prediction: number | null;
  predictionError: number | null;
  durationMs: number;
  submittedAt: string;
  attemptId: number;
  decidedBy: DecidedBy;
};
export type FrozenRanking = { snapshot: Snapshot; entries: RankedEntry[] };

/** Khóa đợt thi: counts the prediction's actual value and freezes the final ranking. */
export const closeRound = (roundId: number) => api.post<Snapshot>(`/api/admin/rounds/${roundId}/close`);
/** ADMIN only; the frozen ranking is dropped. */
export const reopenRound = (roundId: number, reason: string) => api.post<void>(`/api/admin/rounds/${roundId}/reopen`, { reason });
/** The API leaves out empty lists and nulls: put them back so the screen need not guess. */
function complete(ranking: FrozenRanking): FrozenRanking {
  return {
    snapshot: { ...ranking.snapshot, predictionActual: ranking.snapshot.predictionActual ?? null },
    entries: (ranking.entries ?? []).map((e) => ({
      ...e,
      unit: e.unit ?? null,
      prediction: e.prediction ?? null,
      predictionError: e.predictionError ?? null,
    })),
  };
}

export const getRanking = (roundId: number, offset: number, limit: number) =>
  api.get<FrozenRanking>(`/api/admin/rounds/${roundId}/ranking`, { offset, limit }).then(complete);
