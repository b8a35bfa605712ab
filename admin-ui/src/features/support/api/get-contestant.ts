import { api } from '@/lib/api-client';
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { ContestantFile } from './types';

export const getContestant = (accountId: number) => api.get<ContestantFile>(`/api/admin/support/contestants/${accountId}`);

export const contestantQuery = (accountId: number) =>
  queryOptions({ queryKey: queryKeys.contestants.detail(accountId), queryFn: () => getContestant(accountId) });
