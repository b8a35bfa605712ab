import { api } from '@/lib/api-client';

export type OneTimePassword = { temporaryPassword: string; message: string };

/** A one-time password the contestant must change at the next login; every old session ends. */
export const resetContestantPassword = (accountId: number, reason: string) =>
  api.post<OneTimePassword>(`/api/admin/support/contestants/${accountId}/password-reset`, { reason });
