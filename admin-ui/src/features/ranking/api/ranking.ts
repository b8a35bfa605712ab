import { api } from '@/lib/api-client';
import type { Filled, Schema } from '@/api';

/** The frozen ranking's identity (ranking/RoundCloser.Snapshot): what the committee signs. */
export type Snapshot = Schema<'RoundCloser.Snapshot'>;

/** The link of the chain (score → prediction error → duration → submission time → entry id) that put an entry above the next. */
export type DecidedBy = Schema<'RankingPolicy.DecidedBy'>;

export type RankedEntry = Filled<Schema<'FrozenRankings.RankedEntry'>, 'unit' | 'prediction' | 'predictionError'>;
export type FrozenRanking = { snapshot: Filled<Snapshot, 'predictionActual'>; entries: RankedEntry[] };

/** Khóa đợt thi: counts the prediction's actual value and freezes the final ranking. */
export const closeRound = (roundId: number) => api.post<Snapshot>(`/api/admin/rounds/${roundId}/close`);
/** ADMIN only; the frozen ranking is dropped. */
export const reopenRound = (roundId: number, reason: string) =>
  api.post<Schema<'RankingController.Reopened'>>(`/api/admin/rounds/${roundId}/reopen`, { reason } satisfies Schema<'RankingController.Reason'>);
/** The API leaves out empty lists and nulls: put them back so the screen need not guess. */
function complete(ranking: Schema<'RankingController.FrozenRanking'>): FrozenRanking {
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
  api.get<Schema<'RankingController.FrozenRanking'>>(`/api/admin/rounds/${roundId}/ranking`, { offset, limit }).then(complete);
