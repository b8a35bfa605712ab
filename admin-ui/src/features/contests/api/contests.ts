import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Contest, ContestBody, ContestSummary, Round, RoundBody } from './types';
import type { Schema } from '@/api';

export const listContests = () => api.get<ContestSummary[]>('/api/admin/contests');
export const getContest = (id: number) => api.get<Contest>(`/api/admin/contests/${id}`);
export const createContest = (body: ContestBody) => api.post<Contest>('/api/admin/contests', body);
export const updateContest = (id: number, body: ContestBody) => api.put<Contest>(`/api/admin/contests/${id}`, body);
export const publishContest = (id: number, publish: boolean) =>
  api.post<Contest>(`/api/admin/contests/${id}/${publish ? 'publish' : 'unpublish'}`);

export const createRound = (contestId: number, body: RoundBody) => api.post<Round>(`/api/admin/contests/${contestId}/rounds`, body);
export const updateRound = (id: number, body: RoundBody) => api.put<Round>(`/api/admin/rounds/${id}`, body);
export const publishRound = (id: number, publish: boolean) =>
  api.post<Round>(`/api/admin/rounds/${id}/${publish ? 'publish' : 'unpublish'}`);

/** A new draft with the same settings, rounds and prize rules (no entries). */
export const duplicateContest = (id: number) => api.post<Contest>(`/api/admin/contests/${id}/duplicate`);
/** Only a draft nobody ever took (409 CONTEST_NOT_DELETABLE otherwise). */
export const deleteContest = (id: number) => api.delete(`/api/admin/contests/${id}`);
/** The copy follows on after the contest's last round. */
export const duplicateRound = (id: number) => api.post<Round>(`/api/admin/rounds/${id}/duplicate`);

/** A round as a contestant sees it: one draw, options shuffled, no key, no attempt. */
export type RoundPreview = Schema<'RoundPreview.Preview'>;
export const previewRound = (id: number) => api.get<RoundPreview>(`/api/admin/rounds/${id}/preview`);
// a preview is one random draw: each opening of the dialog draws anew, nothing is kept once it closes

/** ADMIN only: the đơn vị tổ chức whose staff (granted by unit) reach the contest. */
export const setOrganizingUnit = (id: number, organizingUnit: string | null) =>
  api.put<Schema<'StaffGrants.ContestUnit'>>(`/api/admin/contests/${id}/organizing-unit`, { organizingUnit });
export const listOrganizingUnits = () => api.get<string[]>('/api/admin/organizing-units');

export const contestsQuery = () => queryOptions({ queryKey: queryKeys.contests.list(), queryFn: listContests });
export const contestQuery = (id: number) => queryOptions({ queryKey: queryKeys.contests.detail(id), queryFn: () => getContest(id) });
export const organizingUnitsQuery = () => queryOptions({ queryKey: queryKeys.contests.organizingUnits(), queryFn: listOrganizingUnits });
export const previewQuery = (roundId: number) =>
  queryOptions({ queryKey: queryKeys.rounds.preview(roundId), queryFn: () => previewRound(roundId), gcTime: 0 });

/**
 * Saving or (un)publishing a contest: the screen shows what the server answered, and the contest
 * list (name, status) reloads when next shown.
 */
export function useContestChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { id: number } & ({ body: ContestBody } | { publish: boolean })) =>
      'body' in change ? updateContest(change.id, change.body) : publishContest(change.id, change.publish),
    onSuccess: (contest) => {
      queryClient.setQueryData(queryKeys.contests.detail(contest.id), contest);
      return queryClient.invalidateQueries({ queryKey: queryKeys.contests.list() });
    },
  });
}
