import type { Schema } from '@/api';
import { api } from '@/lib/api-client';

/** The final report's figures (report/ReportFigures on the server); the files are built from the same. */
export type ReportFigures = Schema<'ReportFigures'>;

const query = (roundId?: number) => (roundId ? { roundId } : undefined);

/** The server leaves out empty lists, as for a contest without regrades or prizes yet: spelled out here. */
export const getReport = async (contestId: number, roundId?: number): Promise<ReportFigures> => {
  const body = await api.get<ReportFigures>(
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
