import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Review queue of a round, as review/ReviewQueue.java builds it. */
export type ReviewStatus = 'PENDING' | 'DISQUALIFIED' | 'CLEARED';
export type FlagKind = 'FAST_FINISH' | 'SHARED_ADDRESS' | 'SHARED_DEVICE' | 'IDENTICAL_ANSWERS';

/** Evidence differs by kind; every field is optional so an older server's flag still shows. */
export type Evidence = {
  attemptId?: number;
  durationMs?: number;
  thresholdMs?: number;
  correctCount?: number;
  questionCount?: number;
  address?: string;
  device?: string;
  accounts?: number;
  otherAccounts?: number[];
  attemptIds?: number[];
  answered?: number;
  sharedWrongAnswers?: number;
  /** accounts of one declared unit among those sharing the origin (an office counts as one) */
  sameUnitAccounts?: number;
};
export type Flag = { kind: FlagKind | string; evidence: Evidence };
export type ReviewAttempt = {
  attemptId: number;
  attemptNo: number;
  status: string;
  score: number | null;
  correctCount: number | null;
  questionCount: number;
  durationMs: number | null;
  submittedAt: string | null;
  disqualified: boolean;
};
export type ReviewDecision = { decision: ReviewStatus; reason: string; decidedBy: number; decidedByName: string | null; decidedAt: string };
export type ReviewEntry = {
  accountId: number;
  displayName: string | null;
  status: ReviewStatus;
  flags: Flag[];
  attempts: ReviewAttempt[];
  decision: ReviewDecision | null;
};
export type ReviewQueue = { roundId: number; counts: Record<ReviewStatus, number>; entries: ReviewEntry[] };

/** The API leaves out empty lists and nulls: put them back so the screen need not guess. */
function complete(queue: ReviewQueue): ReviewQueue {
  return {
    ...queue,
    counts: { PENDING: 0, DISQUALIFIED: 0, CLEARED: 0, ...(queue.counts as Partial<ReviewQueue['counts']>) },
    entries: (queue.entries ?? []).map((e) => ({
      ...e,
      displayName: e.displayName ?? null,
      flags: (e.flags ?? []).map((f) => ({ ...f, evidence: f.evidence ?? {} })),
      attempts: (e.attempts ?? []).map((a) => ({
        ...a,
        score: a.score ?? null,
        correctCount: a.correctCount ?? null,
        durationMs: a.durationMs ?? null,
        submittedAt: a.submittedAt ?? null,
        disqualified: !!a.disqualified,
      })),
      decision: e.decision ?? null,
    })),
  };
}

export const getReviewQueue = (roundId: number, status?: ReviewStatus) =>
  api.get<ReviewQueue>(`/api/admin/rounds/${roundId}/review`, { status }).then(complete);

/** DISQUALIFY (loại khỏi kết quả) or CLEAR (không vi phạm), always with a reason. */
export const decideEntry = (roundId: number, accountId: number, decision: 'DISQUALIFY' | 'CLEAR', reason: string) =>
  api.post<{ decision: ReviewStatus; attempts: number; decidedAt: string }>(`/api/admin/rounds/${roundId}/review/${accountId}`, {
    decision,
    reason,
  });

/** One decision and one reason for many entries of the round, all or none. */
export const decideEntries = (roundId: number, accountIds: number[], decision: 'DISQUALIFY' | 'CLEAR', reason: string) =>
  api.post<{ decided: number }>(`/api/admin/rounds/${roundId}/review/bulk`, { accountIds, decision, reason });

/**
 * The round's queue under one status filter. While another filter loads, the last one's entries and
 * counts stay on screen; an answer for a filter no longer chosen never replaces the chosen one's.
 */
export const useReviewQueue = (roundId: number | undefined, status?: ReviewStatus) =>
  useQuery({
    queryKey: queryKeys.rounds.review(roundId ?? 0, status ?? 'ALL'),
    queryFn: () => getReviewQueue(roundId!, status),
    enabled: !!roundId,
    placeholderData: keepPreviousData,
  });

/** One entry (`accountId`) or many (`accountIds`, the bulk decision). */
type Decision = { roundId: number; decision: 'DISQUALIFY' | 'CLEAR'; reason: string } & ({ accountId: number } | { accountIds: number[] });

/** The round's queue, flags and ranking reload before the promise settles. */
export function useDecideEntries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (d: Decision) =>
      'accountIds' in d
        ? decideEntries(d.roundId, d.accountIds, d.decision, d.reason)
        : decideEntry(d.roundId, d.accountId, d.decision, d.reason).then(() => ({ decided: 1 })),
    onSuccess: (_, { roundId }) => queryClient.invalidateQueries({ queryKey: queryKeys.rounds.detail(roundId) }),
  });
}
