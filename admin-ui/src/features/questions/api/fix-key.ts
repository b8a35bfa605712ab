import { api } from '@/lib/api-client';
import type { Schema } from '@/api';

/**
 * Sửa đáp án: a new version with another key and the reason, allowed while live rounds use the
 * question; attempts that showed the old version change only when a round is regraded.
 */
export const fixKey = (questionId: number, correctIndex: number, reason: string) =>
  api.put<Schema<'BankViews.EditResult'>>(`/api/admin/questions/${questionId}/key`, { correctIndex, reason } satisfies Schema<'BankViews.KeyFix'>);
