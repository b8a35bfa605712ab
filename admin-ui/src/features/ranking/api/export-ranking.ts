import { api } from '@/lib/api-client';

export type ExportFormat = 'xlsx' | 'csv';

/** The full frozen ranking as a file; personal data masked unless a reason is given (chair or ADMIN). */
export const exportRanking = (roundId: number, format: ExportFormat, unmaskedReason?: string) =>
  api.download(`/api/admin/rounds/${roundId}/exports/ranking`, `xep-hang.${format}`, {
    format,
    unmasked: unmaskedReason ? true : undefined,
    reason: unmaskedReason,
  });
