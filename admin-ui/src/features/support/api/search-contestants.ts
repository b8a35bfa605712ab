import { api } from '@/lib/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { ContestantPage } from './types';

/** Name (accent- and case-insensitive, from its beginning), phone or citizen ID (exact), unit, commune. */
export type ContestantQuery = { name?: string; phone?: string; citizenId?: string; unit?: string; commune?: string };

export const SEARCH_FIELDS = ['name', 'phone', 'citizenId', 'unit', 'commune'] as const;

export const searchContestants = (query: ContestantQuery, page: number, size: number) =>
  api.get<ContestantPage>('/api/admin/support/contestants', { ...query, page, size });

const isEmpty = (query: ContestantQuery) => SEARCH_FIELDS.every((f) => !query[f]?.trim());

/** Nothing is asked before a criterion is given: the API would only answer that one is needed. */
export function useContestantSearch(query: ContestantQuery, page: number, size: number) {
  const empty = isEmpty(query);
  const search = useQuery({
    queryKey: queryKeys.contestants.search(query, page, size),
    queryFn: () => searchContestants(query, page, size),
    enabled: !empty,
    placeholderData: keepPreviousData,
  });
  // no criterion: no result and no complaint, whatever an earlier search left
  return {
    data: empty ? null : search.data,
    error: empty ? null : search.error,
    loading: search.isFetching,
  };
}
