import type { Schema } from '@/api';
import { api } from '@/lib/api-client';

export type OneTimePassword = Schema<'SupportDesk.OneTimePassword'>;

/** A one-time password the contestant must change at the next login; every old session ends. */
export const resetContestantPassword = (accountId: number, reason: string) =>
  api.post<OneTimePassword>(`/api/admin/support/contestants/${accountId}/password-reset`, { reason });
