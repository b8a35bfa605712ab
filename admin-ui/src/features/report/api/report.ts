import { api } from '@/lib/api-client';

/** The final report's figures (report/ReportFigures on the server); the files are built from the same. */
export type ReportFigures = {
  scope: { contestId: number; contestName: string; roundId: number | null; label: string; from: string; until: string; generatedAt: string };
  totals: {
    registrations: number; participants: number; attemptsStarted: number; attemptsSubmitted: number;
    completionPercent: number | null; disqualifiedContestants: number;
  };
  units: { name: string; participants: number; headcount: number | null; ratePercent: number | null }[];
  hardest: { code: string; text: string; shown: number; correct: number; correctPercent: number }[];
  regrades: unknown[];
  individualPrizes: unknown[];
  rankings: { round: string; computedAt: string; entries: number; hash: string }[];
};

const query = (roundId?: number) => (roundId ? { roundId } : undefined);

export const getReport = (contestId: number, roundId?: number) =>
  api.get<ReportFigures>(`/api/admin/contests/${contestId}/report`, query(roundId));

export const downloadReport = (contestId: number, format: 'xlsx' | 'docx', roundId?: number) =>
  api.download(`/api/admin/contests/${contestId}/report.${format}`, `bao-cao-tong-ket.${format}`, query(roundId));
