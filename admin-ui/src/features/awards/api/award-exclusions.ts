import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Filled, Schema } from '@/api';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** A person who may not win (organizing staff): the API keeps only a keyed hash, so a note is all it shows. */
export type Exclusion = Filled<Schema<'AwardViews.ExclusionView'>, 'note'>;

export const getExclusions = (contestId: number) =>
  api
    .get<Schema<'AwardViews.ExclusionView'>[] | undefined>(`/api/admin/contests/${contestId}/award-exclusions`)
    .then((list) => (list ?? []).map((e) => ({ ...e, note: e.note ?? null })));
export const addExclusions = (contestId: number, citizenIds: string[], note: string | undefined) =>
  api.post<Schema<'AwardViews.ExclusionsAdded'>>(`/api/admin/contests/${contestId}/award-exclusions`, { citizenIds, note } satisfies Schema<'AwardViews.ExclusionBody'>);
export const removeExclusion = (contestId: number, exclusionId: number) =>
  api.delete(`/api/admin/contests/${contestId}/award-exclusions/${exclusionId}`);

export const exclusionsQuery = (contestId: number) =>
  queryOptions({ queryKey: queryKeys.contests.exclusions(contestId), queryFn: () => getExclusions(contestId) });

/** Adding and removing: the list reloads before the promise settles. */
export function useExclusionChanges(contestId: number) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: queryKeys.contests.exclusions(contestId) });
  const add = useMutation({
    mutationFn: ({ citizenIds, note }: { citizenIds: string[]; note: string | undefined }) => addExclusions(contestId, citizenIds, note),
    onSuccess,
  });
  const remove = useMutation({ mutationFn: (exclusionId: number) => removeExclusion(contestId, exclusionId), onSuccess });
  return { add, remove };
}
