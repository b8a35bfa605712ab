import type { Filled, Schema } from '@/api';
import { api } from '@/lib/api-client';

/**
 * A prize tier (hạng giải), highest first; collectivePoints count toward the unit's collective index.
 * The form's rows have no position and may lack points until saved.
 */
type TierView = Schema<'AwardViews.TierView'>;
export type Tier = Omit<TierView, 'position' | 'collectivePoints'> & Partial<Pick<TierView, 'position' | 'collectivePoints'>>;
export type ParticipantGroup = 'OFFICIAL' | 'UNION_MEMBER' | 'STUDENT' | 'RESIDENT';
export type Eligibility = Omit<Filled<Schema<'AwardViews.EligibilityView'>, 'minScore'>, 'groups'> & { groups: ParticipantGroup[] };

type RoundRulesView = Schema<'AwardViews.RoundRulesView'>;
export type RoundRules = Omit<RoundRulesView, 'tiers' | 'eligibility'> & { tiers: Tier[]; eligibility: Eligibility };
/** Giải tập thể: index = rateWeight × participation % + pointsWeight × points. */
export type Collective = Omit<Schema<'AwardViews.CollectiveView'>, 'tiers' | 'formula'> & { tiers: Tier[]; formula?: string };
type ContestRulesView = Schema<'AwardViews.ContestRulesView'>;
export type ContestRules = Omit<ContestRulesView, 'tiers' | 'eligibility' | 'collective'> & {
  tiers: Tier[];
  eligibility: Eligibility;
  collective: Collective;
};

export type RoundRulesBody = Schema<'AwardViews.RoundRulesBody'>;
export type ContestRulesBody = Schema<'AwardViews.ContestRulesBody'>;

/** The API leaves out empty lists and nulls: put them back so the form shows empty lists, not nothing. */
const tiers = (list: Tier[] | undefined) => (list ?? []).map((t) => ({ ...t, collectivePoints: t.collectivePoints ?? 0 }));
const eligibility = (e: Partial<Schema<'AwardViews.EligibilityView'>> | undefined): Eligibility => ({
  minScore: e?.minScore ?? null,
  allCorrectOnly: !!e?.allCorrectOnly,
  groups: (e?.groups ?? []) as ParticipantGroup[],
});
const round = (r: RoundRulesView): RoundRules => ({ ...r, tiers: tiers(r.tiers), eligibility: eligibility(r.eligibility), locked: !!r.locked });
const contest = (c: ContestRulesView): ContestRules => ({
  ...c,
  onePrizePerPerson: !!c.onePrizePerPerson,
  tiers: tiers(c.tiers),
  eligibility: eligibility(c.eligibility),
  collective: {
    rateWeight: c.collective?.rateWeight ?? 0,
    pointsWeight: c.collective?.pointsWeight ?? 0,
    minParticipants: c.collective?.minParticipants ?? 1,
    tiers: tiers(c.collective?.tiers),
    formula: c.collective?.formula,
  },
  excludedPeople: c.excludedPeople ?? 0,
  locked: !!c.locked,
});

export const getRoundRules = (roundId: number) => api.get<RoundRulesView>(`/api/admin/rounds/${roundId}/prize-rules`).then(round);
export const setRoundRules = (roundId: number, body: RoundRulesBody) =>
  api.put<RoundRulesView>(`/api/admin/rounds/${roundId}/prize-rules`, body).then(round);
export const getContestRules = (contestId: number) => api.get<ContestRulesView>(`/api/admin/contests/${contestId}/prize-rules`).then(contest);
export const setContestRules = (contestId: number, body: ContestRulesBody) =>
  api.put<ContestRulesView>(`/api/admin/contests/${contestId}/prize-rules`, body).then(contest);
