import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** A person who may not win (organizing staff): the API keeps only a keyed hash, so a note is all it shows. */
export type Exclusion = { id: number; note: string | null; createdAt: string };

export const getExclusions = (contestId: number) =>
  api
    .get<Exclusion[] | undefined>(`/api/admin/contests/${contestId}/award-exclusions`)
    .then((list) => (list ?? []).map((e) => ({ ...e, note: e.note ?? null })));
export const addExclusions = (contestId: number, citizenIds: string[], note: string | undefined) =>
  api.post<{ added: number; alreadyListed: number }>(`/api/admin/contests/${contestId}/award-exclusions`, { citizenIds, note });
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
