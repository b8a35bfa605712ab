import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

/** The roles granted per contest (staff/GrantRule); ADMIN and SUPPORT are platform-wide. */
export const CONTEST_ROLES = ['ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR'] as const;
export type ContestRole = (typeof CONTEST_ROLES)[number];

/** One grant: a contest (`contestId`, `contestName`) or an organizing unit, never both. */
export type Grant = Omit<Schema<'StaffGrants.GrantView'>, 'role'> & { role: ContestRole };
export type NewGrant = Omit<Schema<'StaffGrants.NewGrant'>, 'role'> & { role: ContestRole };
/** What the contest picker needs of the contest list (ADMIN sees every contest). */
export type ContestChoice = Pick<Schema<'AdminViews.ContestSummary'>, 'id' | 'name' | 'organizingUnit'>;

export const listGrants = () => api.get<Grant[]>('/api/admin/grants');
export const addGrant = (accountId: number, body: NewGrant) => api.post<Grant>(`/api/admin/staff/${accountId}/grants`, body);
export const removeGrant = (accountId: number, grantId: number) => api.delete(`/api/admin/staff/${accountId}/grants/${grantId}`);
export const listOrganizingUnits = () => api.get<string[]>('/api/admin/organizing-units');
export const listContestChoices = () => api.get<ContestChoice[]>('/api/admin/contests');

export const grantsQuery = () => queryOptions({ queryKey: queryKeys.staff.grants(), queryFn: listGrants });
export const organizingUnitsQuery = () => queryOptions({ queryKey: queryKeys.contests.organizingUnits(), queryFn: listOrganizingUnits });
export const contestChoicesQuery = () => queryOptions({ queryKey: queryKeys.contests.list(), queryFn: listContestChoices });

/** Adds (`grant`) or removes (`grantId`) a member's grant; the grants reload before the promise settles. */
export function useChangeGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { accountId: number } & ({ grant: NewGrant } | { grantId: number })) =>
      'grant' in change ? addGrant(change.accountId, change.grant).then(() => undefined) : removeGrant(change.accountId, change.grantId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staff.grants() }),
  });
}
