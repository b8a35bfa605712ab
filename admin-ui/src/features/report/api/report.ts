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

/** The server leaves out empty lists, as for a contest without regrades or prizes yet: spelled out here. */
export const getReport = async (contestId: number, roundId?: number): Promise<ReportFigures> => {
  const body = await api.get<Partial<ReportFigures> & Pick<ReportFigures, 'scope' | 'totals'>>(
    `/api/admin/contests/${contestId}/report`, query(roundId));
  return {
    ...body,
    units: body.units ?? [],
    hardest: body.hardest ?? [],
    regrades: body.regrades ?? [],
    individualPrizes: body.individualPrizes ?? [],
    rankings: body.rankings ?? [],
  };
};

export const downloadReport = (contestId: number, format: 'xlsx' | 'docx', roundId?: number) =>
  api.download(`/api/admin/contests/${contestId}/report.${format}`, `bao-cao-tong-ket.${format}`, query(roundId));
