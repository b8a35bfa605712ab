import { api } from '@/lib/api-client';

/** A prize tier (hạng giải), highest first; collectivePoints count toward the unit's collective index. */
export type Tier = { position?: number; name: string; count: number; amountVnd: number; collectivePoints?: number };
export type ParticipantGroup = 'OFFICIAL' | 'UNION_MEMBER' | 'STUDENT' | 'RESIDENT';
export type Eligibility = { minScore: number | null; allCorrectOnly: boolean; groups: ParticipantGroup[] };

export type RoundRules = { roundId: number; tiers: Tier[]; eligibility: Eligibility; locked: boolean };
/** Giải tập thể: index = rateWeight × participation % + pointsWeight × points. */
export type Collective = { rateWeight: number; pointsWeight: number; minParticipants: number; tiers: Tier[]; formula?: string };
export type ContestRules = {
  contestId: number;
  onePrizePerPerson: boolean;
  tiers: Tier[];
  eligibility: Eligibility;
  collective: Collective;
  excludedPeople: number;
  locked: boolean;
};

export type RoundRulesBody = { tiers: Tier[]; eligibility: Eligibility };
export type ContestRulesBody = RoundRulesBody & { onePrizePerPerson: boolean; collective: Omit<Collective, 'formula'> };

/** The API leaves out empty lists and nulls: put them back so the form shows empty lists, not nothing. */
const tiers = (list: Tier[] | undefined) => (list ?? []).map((t) => ({ ...t, collectivePoints: t.collectivePoints ?? 0 }));
const eligibility = (e: Partial<Eligibility> | undefined): Eligibility => ({
  minScore: e?.minScore ?? null,
  allCorrectOnly: !!e?.allCorrectOnly,
  groups: e?.groups ?? [],
});
const round = (r: RoundRules): RoundRules => ({ ...r, tiers: tiers(r.tiers), eligibility: eligibility(r.eligibility), locked: !!r.locked });
const contest = (c: ContestRules): ContestRules => ({
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

export const getRoundRules = (roundId: number) => api.get<RoundRules>(`/api/admin/rounds/${roundId}/prize-rules`).then(round);
export const setRoundRules = (roundId: number, body: RoundRulesBody) =>
  api.put<RoundRules>(`/api/admin/rounds/${roundId}/prize-rules`, body).then(round);
export const getContestRules = (contestId: number) => api.get<ContestRules>(`/api/admin/contests/${contestId}/prize-rules`).then(contest);
export const setContestRules = (contestId: number, body: ContestRulesBody) =>
  api.put<ContestRules>(`/api/admin/contests/${contestId}/prize-rules`, body).then(contest);
