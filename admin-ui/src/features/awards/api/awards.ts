import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Filled, Schema } from '@/api';
import { api, ApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { IdentityVerified } from '@/features/identity';

/** A round's prizes (`rounds/{id}`) or the whole contest's (`contests/{id}`). */
export type AwardScope = { kind: 'rounds' | 'contests'; id: number };
export type DecisionStatus = 'DRAFT' | 'SIGNED' | 'PUBLISHED';

export type PassedOver = Schema<'AwardViews.PassedOverView'>;
/**
 * pendingFlags: review flags nobody has decided yet (chờ rà soát), signing is refused while any is left;
 * identityVerified: who checked the winner's papers (null: nobody yet; signing is refused until everyone is).
 */
export type Winner = Omit<Filled<Schema<'AwardViews.WinnerView'>, 'unit' | 'prediction' | 'predictionError' | 'identityVerified'>, 'identityVerified'> & {
  identityVerified: IdentityVerified | null;
};
export type PendingFlag = Schema<'AwardViews.PendingFlagView'>;
/** A prize place the API refused to sign over (409 PRIZE_FLAGS_PENDING, details.winners: error details have no schema). */
export type FlaggedPlace = { tier: string; rank: number; accountId: number; displayName: string; rounds: string[]; flags: string[]; flagLabels: string[] };
export type Unfilled = Schema<'AwardViews.UnfilledView'>;
export type UnitStanding = Filled<
  Schema<'AwardViews.UnitView'>,
  'headcount' | 'participationPercent' | 'index' | 'tier' | 'amountVnd' | 'notRanked'
>;
type DecisionView = Schema<'AwardViews.DecisionView'>;
/** What the committee reviews and signs (award/AwardViews.DecisionView). */
export type Decision = Omit<
  Filled<DecisionView, 'roundId' | 'currentRankingHash' | 'draftedBy' | 'signedAt' | 'signedBy' | 'signedHash' | 'publishedAt'>,
  'scope' | 'status' | 'winners' | 'collective'
> & {
  scope: 'ROUND' | 'CONTEST';
  status: DecisionStatus;
  winners: Winner[];
  collective: UnitStanding[];
};

const base = (scope: AwardScope) => `/api/admin/${scope.kind}/${scope.id}/awards`;

/** The API leaves out empty lists and nulls: put them back so the screen need not guess. */
function complete(d: DecisionView): Decision {
  return {
    ...d,
    scope: d.scope as Decision['scope'],
    status: d.status as DecisionStatus,
    roundId: d.roundId ?? null,
    currentRankingHash: d.currentRankingHash ?? null,
    rankingChanged: !!d.rankingChanged,
    draftedBy: d.draftedBy ?? null,
    signedAt: d.signedAt ?? null,
    signedBy: d.signedBy ?? null,
    signedHash: d.signedHash ?? null,
    publishedAt: d.publishedAt ?? null,
    winners: (d.winners ?? []).map((w) => ({
      ...w,
      unit: w.unit ?? null,
      prediction: w.prediction ?? null,
      predictionError: w.predictionError ?? null,
      movedUp: w.movedUp ?? 0,
      passedOverCount: w.passedOverCount ?? 0,
      passedOver: w.passedOver ?? [],
      pendingFlags: w.pendingFlags ?? [],
      identityVerified: (w.identityVerified ?? null) as IdentityVerified | null,
    })),
    unfilled: d.unfilled ?? [],
    collective: (d.collective ?? []).map((u) => ({
      ...u,
      headcount: u.headcount ?? null,
      participationPercent: u.participationPercent ?? null,
      index: u.index ?? null,
      tier: u.tier ?? null,
      amountVnd: u.amountVnd ?? null,
      notRanked: u.notRanked ?? null,
    })),
  };
}

/** 404 NO_DECISION until the first draft. */
export const getDecision = (scope: AwardScope) => api.get<DecisionView>(base(scope)).then(complete);
export const draftDecision = (scope: AwardScope) => api.post<DecisionView>(`${base(scope)}/draft`).then(complete);
/** Signs exactly the version that was reviewed (409 DRAFT_CHANGED otherwise). */
export const signDecision = (scope: AwardScope, version: number, flagOverrideReason?: string) =>
  api.post<DecisionView>(`${base(scope)}/sign`, flagOverrideReason ? { version, flagOverrideReason } : { version }).then(complete);
export const publishDecision = (scope: AwardScope) => api.post<DecisionView>(`${base(scope)}/publish`).then(complete);
/** ADMIN only: back to a draft, with the reason in the audit log. */
export const unlockDecision = (scope: AwardScope, reason: string) =>
  api.post<DecisionView>(`${base(scope)}/unlock`, { reason }).then(complete);

/** The scope's decision, null before the first draft. */
export const decisionQuery = (scope: AwardScope) =>
  queryOptions({
    queryKey: queryKeys.awardScope(scope.kind, scope.id, 'decision'),
    queryFn: () =>
      getDecision(scope).catch((e): Decision | null => {
        if (e instanceof ApiError && e.code === 'NO_DECISION') return null;
        throw e;
      }),
  });

/** A step of the decision (draft, sign, publish, unlock): what the server answers is what the screen shows. */
export function useDecisionStep(scope: AwardScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: () => Promise<Decision>) => step(),
    onSuccess: (decision) => queryClient.setQueryData(decisionQuery(scope).queryKey, decision),
  });
}
