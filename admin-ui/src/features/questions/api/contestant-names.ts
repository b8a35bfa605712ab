import type { Schema } from '@/api';
import { api } from '@/lib/api-client';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/** A contestant as staff screens name them: the masked name ("Nguyễn V. Â.") and unit, never the full name. */
export type ContestantName = Schema<'SupportDesk.ContestantName'>;

export const getContestantNames = (ids: number[]) =>
  api.get<ContestantName[]>('/api/admin/support/names', { ids: ids.join(',') }).then((list) => list ?? []);

/** The names by id; an id the API does not name (or a failed lookup) stays a bare id on screen. */
export function useContestantNames(ids: number[]) {
  const key = [...new Set(ids)].sort((a, b) => a - b).slice(0, 200);
  const names = useQuery({
    queryKey: queryKeys.contestants.names(key),
    queryFn: () => getContestantNames(key).catch((): ContestantName[] => []),
    enabled: key.length > 0,
  });
  return new Map((names.data ?? []).map((n) => [n.accountId, n]));
}
