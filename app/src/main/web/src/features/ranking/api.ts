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

/** My own place could not be looked up now: past capacity it has no shared short-cache copy (503 BUSY). */
export const MINE_BUSY = 'busy';

/** The caller's own entry, null when they are not ranked (404), or {@link MINE_BUSY} past capacity. */
export async function fetchMine(board: Board): Promise<Entry | null | typeof MINE_BUSY> {
  try {
    return await get<Entry>(`${base(board)}/leaderboard/me`);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 401)) return null;
    if (e instanceof ApiError && e.status === 503 && e.code === 'BUSY') return MINE_BUSY;
    throw e;
  }
}

/** My place on a round's board, or null when it is not known (not ranked, or the platform is busy). */
export async function fetchMyRank(roundId: number): Promise<Entry | null> {
  const mine = await fetchMine({ kind: 'round', id: roundId });
  return mine === MINE_BUSY ? null : mine;
}

export function fetchGroups(board: Board, kind: 'units' | 'communes'): Promise<GroupRow[]> {
  return get<GroupRow[]>(`${base(board)}/${kind}`);
}
