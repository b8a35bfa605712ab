import { get } from '../../lib/api-client';

/** Totals over the whole contest: people and attempts (lượt thi). */
export interface ResultTotals {
  registrations: number;
  participants: number;
  attemptsStarted: number;
  attemptsSubmitted: number;
  attemptsExpired: number;
  contestantsSubmitted: number;
  disqualifiedContestants: number;
  /** 0–100, submitted ÷ started attempts; null before any attempt. */
  completionPercent: number | null;
  averageScore: number | null;
  maxScore: number | null;
}

/** One Vietnam calendar day (yyyy-mm-dd). */
export interface ResultDay {
  day: string;
  registrations: number;
  newParticipants: number;
  attemptsStarted: number;
  attemptsSubmitted: number;
}

/** A participant group (đối tượng), labelled in Vietnamese by the server. */
export interface ResultGroup {
  code: string;
  label: string;
  participants: number;
  attempts: number;
  averageScore: number | null;
}

/** A unit or commune; the last line may be "others", small areas folded so nobody can be picked out. */
export interface ResultArea {
  name: string;
  participants: number;
  headcount: number | null;
  ratePercent: number | null;
}

export interface ScoreBucket {
  score: number;
  attempts: number;
}

/** An individual prize exactly as the published winners list shows it. */
export interface ResultWinner {
  scope: string;
  tier: string;
  amountVnd: number;
  rank: number;
  displayName: string;
  unit: string | null;
  commune: string | null;
  score: number;
}

/** A collective prize (giải tập thể). */
export interface ResultUnitPrize {
  scope: string;
  tier: string;
  amountVnd: number;
  unit: string;
  participants: number;
  ratePercent: number | null;
  points: number;
}

/** A round's frozen ranking and its SHA-256 content hash, so anyone can check the list was not changed. */
export interface FrozenRanking {
  round: string;
  computedAt: string;
  entries: number;
  predictionActual: number | null;
  hash: string;
}

export interface ContestResults {
  contestId: number;
  contestName: string;
  organizer: string;
  generatedAt: string;
  /** Areas and groups with fewer participants than this are folded into one "others" line. */
  minCount: number;
  rounds: string[];
  totals: ResultTotals;
  days: ResultDay[];
  groups: ResultGroup[];
  units: ResultArea[];
  communes: ResultArea[];
  scores: ScoreBucket[];
  regrades: number;
  attemptsRegraded: number;
  individualPrizes: ResultWinner[];
  collectivePrizes: ResultUnitPrize[];
  rankings: FrozenRanking[];
}

type Loose<T> = { [K in keyof T]?: T[K] | null };

/** GET /api/contests/{id}/results: the final report's public figures, no personal data. */
export async function fetchResults(contestId: number): Promise<ContestResults> {
  const body = await get<Omit<Loose<ContestResults>, 'totals'> & { totals?: Loose<ResultTotals> | null }>(
    `/api/contests/${contestId}/results`, { auth: false });
  // the server leaves out nulls and empty lists
  const totals: Loose<ResultTotals> = body.totals ?? {};
  const area = (a: Loose<ResultArea>): ResultArea => ({
    name: a.name ?? '', participants: a.participants ?? 0, headcount: a.headcount ?? null, ratePercent: a.ratePercent ?? null,
  });
  return {
    contestId: body.contestId ?? contestId,
    contestName: body.contestName ?? '',
    organizer: body.organizer ?? '',
    generatedAt: body.generatedAt ?? '',
    minCount: body.minCount ?? 0,
    rounds: body.rounds ?? [],
    totals: {
      registrations: totals.registrations ?? 0,
      participants: totals.participants ?? 0,
      attemptsStarted: totals.attemptsStarted ?? 0,
      attemptsSubmitted: totals.attemptsSubmitted ?? 0,
      attemptsExpired: totals.attemptsExpired ?? 0,
      contestantsSubmitted: totals.contestantsSubmitted ?? 0,
      disqualifiedContestants: totals.disqualifiedContestants ?? 0,
      completionPercent: totals.completionPercent ?? null,
      averageScore: totals.averageScore ?? null,
      maxScore: totals.maxScore ?? null,
    },
    days: body.days ?? [],
    groups: (body.groups ?? []).map((g) => ({ ...g, averageScore: g.averageScore ?? null })),
    units: (body.units ?? []).map(area),
    communes: (body.communes ?? []).map(area),
    scores: body.scores ?? [],
    regrades: body.regrades ?? 0,
    attemptsRegraded: body.attemptsRegraded ?? 0,
    individualPrizes: (body.individualPrizes ?? []).map((w) => ({ ...w, unit: w.unit ?? null, commune: w.commune ?? null })),
    collectivePrizes: (body.collectivePrizes ?? []).map((u) => ({ ...u, ratePercent: u.ratePercent ?? null })),
    rankings: (body.rankings ?? []).map((r) => ({ ...r, predictionActual: r.predictionActual ?? null })),
  };
}
