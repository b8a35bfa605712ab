import { api } from '@/lib/api-client';

type PendingEntry = { accountId: number; flags?: { kind: string }[] };

/** Account → kinds of its undecided review flags in the round (the review queue's PENDING entries). */
export const getPendingFlags = (roundId: number) =>
  api
    .get<{ entries?: PendingEntry[] }>(`/api/admin/rounds/${roundId}/review`, { status: 'PENDING' })
    .then((q) => new Map((q.entries ?? []).map((e) => [e.accountId, [...new Set((e.flags ?? []).map((f) => f.kind))]])));
