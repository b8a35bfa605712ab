import type { Schema } from '@/api';
import { api } from '@/lib/api-client';

export type ScoreChange = Schema<'Regrade.Change'>;

/**
 * What a regrade did: from the old version's key to the current one, over the round's graded attempts
 * (openAttemptsNotRescored: still open when it ran, they grade against the version they showed).
 */
export type RegradeSummary = Schema<'Regrade.Summary'>;

/** Chấm lại: `versionId` is the version whose key was wrong. */
export const regradeRound = (roundId: number, versionId: number) =>
  api.post<RegradeSummary>(`/api/admin/rounds/${roundId}/regrade`, { versionId } satisfies Schema<'Regrade.RegradeBody'>);
