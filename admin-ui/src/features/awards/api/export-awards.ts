import { api } from '@/lib/api-client';
import type { AwardScope } from './awards';

export type ExportFormat = 'xlsx' | 'csv';

/** Winners of a signed decision (for a contest: every signed scope of it), masked unless a reason is given. */
export const exportWinners = (scope: AwardScope, format: ExportFormat, unmaskedReason?: string) =>
  api.download(`/api/admin/${scope.kind}/${scope.id}/exports/winners`, `dat-giai.${format}`, {
    format,
    unmasked: unmaskedReason ? true : undefined,
    reason: unmaskedReason,
  });

/** The units' collective standings: nothing personal in it. */
export const exportCollective = (contestId: number, format: ExportFormat) =>
  api.download(`/api/admin/contests/${contestId}/exports/collective`, `giai-tap-the.${format}`, { format });
