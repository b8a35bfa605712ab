import { get } from '../../lib/api-client';
import { timed } from '../../lib/server-clock';

export type RoundPhase = 'UPCOMING' | 'OPEN' | 'ENDED';

export interface Round {
  id: number;
  seq: number;
  name: string;
  opensAt: string;
  closesAt: string;
  status: RoundPhase;
  questionCount: number;
  timeLimitSeconds: number;
  attemptsAllowed: number;
  attemptsUsed: number | null;
  predictionPrompt: string | null;
  serverTime: string;
}

export interface Contest {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  organizer: string;
  rules: string | null;
  /** Prize text (cơ cấu giải thưởng), when the contest has one. */
  prizes: string | null;
  /** Điều kiện dự thi. */
  eligibility: { minAge: number | null; localOnly: boolean; groups: string[] };
  /** The contest's colour (#RRGGBB) and a logo served by this site. */
  branding: { color: string | null; logoUrl: string | null };
  rounds: Round[];
  /** How to reach the support desk, when the organizers gave it. */
  supportHotline?: string | null;
  supportHours?: string | null;
}

/** The server leaves out empty lists and nulls; the page wants them spelled out. */
function complete(contest: Contest): Contest {
  return {
    ...contest,
    description: contest.description ?? null,
    rules: contest.rules ?? null,
    prizes: contest.prizes ?? null,
    eligibility: {
      minAge: contest.eligibility?.minAge ?? null,
      localOnly: !!contest.eligibility?.localOnly,
      groups: contest.eligibility?.groups ?? [],
    },
    branding: { color: contest.branding?.color ?? null, logoUrl: contest.branding?.logoUrl ?? null },
    rounds: (contest.rounds ?? []).map((r) => ({ ...r, attemptsUsed: r.attemptsUsed ?? null, predictionPrompt: r.predictionPrompt ?? null })),
  };
}

export async function fetchContests(): Promise<Contest[]> {
  const list = await timed(() => get<Contest[]>('/api/contests'), (all) => all.flatMap((c) => c.rounds ?? [])[0]?.serverTime);
  return (list ?? []).map(complete);
}

export async function fetchContest(id: number): Promise<Contest> {
  return complete(await timed(() => get<Contest>(`/api/contests/${id}`), (c) => c.rounds?.[0]?.serverTime));
}
