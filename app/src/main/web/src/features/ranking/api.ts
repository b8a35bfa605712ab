import { ApiError, get } from '../../lib/api-client';

/** One ranked entry: only the public display name ("Nguyễn V. A."), never personal data. */
export interface Entry {
  rank: number;
  displayName: string;
  unit: string | null;
  commune: string | null;
  score: number;
  durationMs: number;
}

/** A collective board's row (giải tập thể): a unit or a commune. */
export interface GroupRow {
  name: string;
  participants: number;
  headcount: number | null;
  participationRate: number | null;
}

export type Board = { kind: 'round' | 'contest'; id: number };

const base = (board: Board) => `/api/${board.kind === 'round' ? 'rounds' : 'contests'}/${board.id}`;

export function fetchEntries(board: Board, offset: number, limit: number): Promise<Entry[]> {
  return get<Entry[]>(`${base(board)}/leaderboard?offset=${offset}&limit=${limit}`);
}

/** The caller's own entry, or null when they are not ranked (404). */
export async function fetchMine(board: Board): Promise<Entry | null> {
  try {
    return await get<Entry>(`${base(board)}/leaderboard/me`);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 401)) return null;
    throw e;
  }
}

export const fetchMyRank = (roundId: number) => fetchMine({ kind: 'round', id: roundId });

export function fetchGroups(board: Board, kind: 'units' | 'communes'): Promise<GroupRow[]> {
  return get<GroupRow[]>(`${base(board)}/${kind}`);
}
