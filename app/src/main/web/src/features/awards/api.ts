import { ApiError, get, getBlob } from '../../lib/api-client';

/** One person on a published list: the public display name ("Nguyễn V. A."), never personal data. */
export interface PublicWinner {
  tier: string;
  amountVnd: number;
  /** Place in the round's (or the contest's) frozen ranking. */
  rank: number;
  displayName: string;
  unit: string | null;
  commune: string | null;
  score: number;
}

/** A unit awarded a collective prize (giải tập thể). */
export interface PublicUnit {
  tier: string;
  amountVnd: number;
  unit: string;
  participants: number;
  /** 0–100, or null when the unit has no headcount. */
  participationPercent: number | null;
  points: number;
}

/** One published decision: a round's prizes, or the whole contest's. */
export interface WinnersSection {
  scope: 'ROUND' | 'CONTEST';
  roundId: number | null;
  label: string;
  publishedAt: string;
  rankingHash: string;
  winners: PublicWinner[];
  collective: PublicUnit[];
}

export interface MyPrize {
  tier: string;
  amountVnd: number;
}

export interface MyRoundResult {
  contestId: number;
  contestName: string;
  roundId: number;
  roundName: string;
  rank: number | null;
  prize: MyPrize | null;
}

export interface MyContestPrize {
  contestId: number;
  contestName: string;
  tier: string;
  amountVnd: number;
}

export interface MyResults {
  rounds: MyRoundResult[];
  contestPrizes: MyContestPrize[];
}

/** GET /api/contests/{id}/winners: only decisions the committee has published, in round order, the contest's last. */
export async function fetchWinners(contestId: number): Promise<WinnersSection[]> {
  const body = await get<{ sections?: Array<Partial<WinnersSection>> }>(`/api/contests/${contestId}/winners`, { auth: false });
  // the server leaves out nulls and empty lists
  return (body.sections ?? []).map((s) => ({
    scope: s.scope === 'CONTEST' ? 'CONTEST' : 'ROUND',
    roundId: s.roundId ?? null,
    label: s.label ?? '',
    publishedAt: s.publishedAt ?? '',
    rankingHash: s.rankingHash ?? '',
    winners: (s.winners ?? []).map((w) => ({ ...w, unit: w.unit ?? null, commune: w.commune ?? null })),
    collective: (s.collective ?? []).map((u) => ({ ...u, participationPercent: u.participationPercent ?? null })),
  }));
}

/** GET /api/me/results: the caller's rounds with rank and published prize; null when not logged in. */
export async function fetchMyResults(): Promise<MyResults | null> {
  try {
    const body = await get<Partial<MyResults>>('/api/me/results');
    return {
      rounds: (body.rounds ?? []).map((r) => ({ ...r, rank: r.rank ?? null, prize: r.prize ?? null })),
      contestPrizes: body.contestPrizes ?? [],
    };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
    throw e;
  }
}

/** One of my certificates (giấy chứng nhận): a prize, or taking part when the contest gives those. */
export interface MyCertificate {
  code: string;
  kind: 'PRIZE' | 'COLLECTIVE' | 'PARTICIPATION';
  kindLabel: string;
  contestId: number;
  contestName: string;
  roundId: number | null;
  roundName: string;
  prize: string;
  issuedOn: string;
}

/** GET /api/me/certificates; an empty list when not logged in. */
export async function fetchMyCertificates(): Promise<MyCertificate[]> {
  try {
    return await get<MyCertificate[]>('/api/me/certificates');
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return [];
    throw e;
  }
}

/** The PDF of one of my certificates. */
export const fetchMyCertificate = (code: string) => getBlob(`/api/me/certificates/${encodeURIComponent(code)}`);
