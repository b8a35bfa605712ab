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
  prizes?: string | null;
  rounds: Round[];
}

export function fetchContests(): Promise<Contest[]> {
  return timed(() => get<Contest[]>('/api/contests'), (list) => list.flatMap((c) => c.rounds)[0]?.serverTime);
}

export function fetchContest(id: number): Promise<Contest> {
  return timed(() => get<Contest>(`/api/contests/${id}`), (c) => c.rounds[0]?.serverTime);
}
