import type { Schema } from '@/api';
import { api } from '@/lib/api-client';
import type { ContestantFile, CorrectableField } from './types';

/** One field corrected with a reason (audited before/after); the API's complaints name "value" or "reason". */
export const correctRegistration = (accountId: number, field: CorrectableField, value: string, reason: string) =>
  api.put<ContestantFile>(`/api/admin/support/contestants/${accountId}/registration`, { field, value, reason } satisfies Schema<'SupportDesk.Correction'>);
