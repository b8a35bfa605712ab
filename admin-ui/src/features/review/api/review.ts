import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Filled, Schema } from '@/api';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Review queue of a round, as review/ReviewQueue.java builds it. */
export type ReviewStatus = 'PENDING' | 'DISQUALIFIED' | 'CLEARED';
export type FlagKind = 'FAST_FINISH' | 'SHARED_ADDRESS' | 'SHARED_DEVICE' | 'IDENTICAL_ANSWERS';

/**
 * Evidence differs by kind; every field is optional so an older server's flag still shows. The API
 * sends it as a map, which its OpenAPI document leaves without a shape: these are the keys it uses.
 */
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
export type ReviewAttempt = Filled<Schema<'ReviewQueue.AttemptView'>, 'score' | 'correctCount' | 'durationMs' | 'submittedAt'>;
export type ReviewDecision = Omit<Schema<'ReviewQueue.DecisionView'>, 'decision'> & { decision: ReviewStatus };
type Entry = Schema<'ReviewQueue.Entry'>;
export type ReviewEntry = Omit<Filled<Entry, 'displayName'>, 'status' | 'flags' | 'attempts' | 'decision'> & {
  status: ReviewStatus;
  flags: Flag[];
  attempts: ReviewAttempt[];
  decision: ReviewDecision | null;
};
export type ReviewQueue = Omit<Schema<'ReviewQueue.Queue'>, 'counts' | 'entries'> & { counts: Record<ReviewStatus, number>; entries: ReviewEntry[] };

/** The API leaves out empty lists and nulls: put them back so the screen need not guess. */
function complete(queue: Schema<'ReviewQueue.Queue'>): ReviewQueue {
  return {
    ...queue,
    counts: { PENDING: 0, DISQUALIFIED: 0, CLEARED: 0, ...(queue.counts as Partial<ReviewQueue['counts']>) },
    entries: (queue.entries ?? []).map((e) => ({
      ...e,
      status: e.status as ReviewStatus,
      displayName: e.displayName ?? null,
      flags: (e.flags ?? []).map((f) => ({ ...f, evidence: (f.evidence ?? {}) as Evidence })),
      attempts: (e.attempts ?? []).map((a) => ({
        ...a,
        score: a.score ?? null,
        correctCount: a.correctCount ?? null,
        durationMs: a.durationMs ?? null,
        submittedAt: a.submittedAt ?? null,
        disqualified: !!a.disqualified,
      })),
      decision: e.decision ? { ...e.decision, decision: e.decision.decision as ReviewStatus } : null,
    })),
  };
}

export const getReviewQueue = (roundId: number, status?: ReviewStatus) =>
  api.get<Schema<'ReviewQueue.Queue'>>(`/api/admin/rounds/${roundId}/review`, { status }).then(complete);

/** DISQUALIFY (loại khỏi kết quả) or CLEAR (không vi phạm), always with a reason. */
export const decideEntry = (roundId: number, accountId: number, decision: 'DISQUALIFY' | 'CLEAR', reason: string) =>
  api.post<Schema<'ReviewDecisions.Decided'>>(`/api/admin/rounds/${roundId}/review/${accountId}`, {
    decision,
    reason,
  });

/** One decision and one reason for many entries of the round, all or none. */
export const decideEntries = (roundId: number, accountIds: number[], decision: 'DISQUALIFY' | 'CLEAR', reason: string) =>
  api.post<Schema<'BulkReview.BulkDecided'>>(`/api/admin/rounds/${roundId}/review/bulk`, { accountIds, decision, reason } satisfies Schema<'BulkReview.BulkBody'>);

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
