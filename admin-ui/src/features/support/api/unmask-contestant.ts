import type { Schema } from '@/api';
import { api } from '@/lib/api-client';

export type Unmasked = Schema<'SupportDesk.Unmasked'>;

/** Citizen ID, phone and e-mail in clear: the committee chair and ADMIN only, with a reason (audited). */
export const unmaskContestant = (accountId: number, reason: string) =>
  api.post<Unmasked>(`/api/admin/support/contestants/${accountId}/unmask`, { reason } satisfies Schema<'SupportDesk.Reason'>);
