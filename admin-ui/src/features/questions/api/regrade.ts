import { api } from '@/lib/api-client';

export type ScoreChange = { attemptId: number; accountId: number; scoreBefore: number; scoreAfter: number; correctBefore: number; correctAfter: number };

/** What a regrade did: from the old version's key to the current one, over the round's graded attempts. */
export type RegradeSummary = {
  roundId: number;
  questionId: number;
  code: string;
  fromVersionId: number;
  fromVersion: number;
  toVersionId: number;
  toVersion: number;
  keyBefore: string;
  keyAfter: string;
  attemptsRescored: number;
  attemptsChanged: number;
  contestantsChanged: number;
  scoresUp: number;
  scoresDown: number;
  /** still open when it ran: they grade against the version they showed; regrade again once they close */
  openAttemptsNotRescored: number;
  changes?: ScoreChange[];
};

/** Chấm lại: `versionId` is the version whose key was wrong. */
export const regradeRound = (roundId: number, versionId: number) =>
  api.post<RegradeSummary>(`/api/admin/rounds/${roundId}/regrade`, { versionId });
