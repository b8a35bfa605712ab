import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

/** How the committee checked a winner's papers (xác minh danh tính). */
export type VerificationMethod = 'IN_PERSON' | 'VIDEO_CALL' | 'CERTIFIED_COPY' | 'VNEID';
export const VERIFICATION_METHODS: VerificationMethod[] = ['IN_PERSON', 'VIDEO_CALL', 'CERTIFIED_COPY', 'VNEID'];

export type IdentityVerified = Omit<Schema<'AwardViews.IdentityVerifiedView'>, 'method'> & { method: VerificationMethod };

export const verifyIdentity = (accountId: number, method: VerificationMethod, note: string) =>
  api.post<Schema<'IdentityVerifications.Verified'>>(`/api/admin/contestants/${accountId}/identity-verification`, { method, note } satisfies Schema<'IdentityVerifications.Verification'>);

/** Somebody registered this person's number first (yêu cầu xác minh danh tính). */
export type ClaimStatus = 'OPEN' | 'TRANSFERRED' | 'REJECTED';
export type IdentityClaim = Omit<Schema<'IdentityClaims.ClaimView'>, 'status'> & { status: ClaimStatus };

export const listClaims = (status?: string) =>
  api.get<IdentityClaim[]>(`/api/admin/identity-claims${status ? `?status=${status}` : ''}`).then((list) => list ?? []);
export const claimContact = (id: number, reason: string) =>
  api.post<Schema<'IdentityClaims.ClaimContact'>>(`/api/admin/identity-claims/${id}/contact`, { reason } satisfies Schema<'IdentityClaims.Decision'>);
export const transferIdentity = (id: number, reason: string) =>
  api.post<Schema<'IdentityController.Transferred'>>(`/api/admin/identity-claims/${id}/transfer`, { reason } satisfies Schema<'IdentityClaims.Decision'>);
export const rejectClaim = (id: number, reason: string) => api.post<void>(`/api/admin/identity-claims/${id}/reject`, { reason });

export const claimsQuery = (status?: string) =>
  queryOptions({ queryKey: queryKeys.identityClaims.list(status), queryFn: () => listClaims(status), placeholderData: keepPreviousData });

/** Transfer or reject a claim; the queue (every status) reloads before the promise settles. */
export function useDecideClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, reason }: { kind: 'transfer' | 'reject'; id: number; reason: string }) =>
      kind === 'transfer' ? transferIdentity(id, reason).then(() => undefined) : rejectClaim(id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.identityClaims.all }),
  });
}
