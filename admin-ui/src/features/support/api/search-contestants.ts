import { api } from '@/lib/api-client';
import { useLoad } from '@/lib/use-load';
import type { ContestantPage } from './types';

/** Name (accent- and case-insensitive, from its beginning), phone or citizen ID (exact), unit, commune. */
export type ContestantQuery = { name?: string; phone?: string; citizenId?: string; unit?: string; commune?: string };

export const SEARCH_FIELDS = ['name', 'phone', 'citizenId', 'unit', 'commune'] as const;

export const searchContestants = (query: ContestantQuery, page: number, size: number) =>
  api.get<ContestantPage>('/api/admin/support/contestants', { ...query, page, size });

const isEmpty = (query: ContestantQuery) => SEARCH_FIELDS.every((f) => !query[f]?.trim());

/** Nothing is asked before a criterion is given: the API would only answer that one is needed. */
export function useContestantSearch(query: ContestantQuery, page: number, size: number) {
  const key = JSON.stringify(query);
  return useLoad<ContestantPage | null>(
    () => (isEmpty(query) ? Promise.resolve(null) : searchContestants(query, page, size)),
    [key, page, size],
  );
}
