import { api } from '@/lib/api-client';
import { useLoad } from '@/lib/use-load';
import type { ContestantFile } from './types';

export const getContestant = (accountId: number) => api.get<ContestantFile>(`/api/admin/support/contestants/${accountId}`);

export const useContestant = (accountId: number) => useLoad(() => getContestant(accountId), [accountId]);
