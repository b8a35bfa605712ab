import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

/** Active questions of a topic by difficulty (question/BankViews.TopicView). */
export type PoolTopic = Schema<'BankViews.TopicView'>;

/** What a round of the contest can draw: the bank's topics with their active questions by difficulty. */
export const getPool = (bankId: number) =>
  api.get<Schema<'BankViews.BankView'>>(`/api/admin/banks/${bankId}`).then((b) => b.topics ?? []);
export const poolQuery = (bankId: number) => queryOptions({ queryKey: queryKeys.banks.pool(bankId), queryFn: () => getPool(bankId) });
