import { api } from '@/lib/api-client';
import type { ContestantFile } from './types';

/** Disables (ends every session) or enables the account, with a reason (audited). */
export const setContestantEnabled = (accountId: number, enabled: boolean, reason: string) =>
  api.post<ContestantFile>(`/api/admin/support/contestants/${accountId}/${enabled ? 'enable' : 'disable'}`, { reason });
