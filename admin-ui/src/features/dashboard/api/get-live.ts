import { queryOptions } from '@tanstack/react-query';
import { env } from '@/config/env';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type Minute = { minute: string; registrations: number; started: number; submitted: number };
export type LiveOverview = {
  roundId: number;
  name: string;
  status: string;
  opensAt: string;
  closesAt: string;
  serverTime: string;
  totals: { registrations: number; contestants: number; started: number; submitted: number; expired: number; open: number; disqualifiedContestants: number };
  perMinute: Minute[];
  scores: { score: number; attempts: number }[];
};
export type OptionStat = { letter: string; text: string; key: boolean; chosen: number };
export type QuestionStat = {
  questionId: number;
  code: string;
  /** the version shown; after a key fix the old one is what a regrade corrects */
  versionId?: number;
  version: number;
  current?: boolean;
  options?: OptionStat[];
  text: string;
  shown: number;
  answered: number;
  correct: number;
  correctRate: number | null;
  suspectedWrongKey: boolean;
  reason?: string | null;
  reasonEn?: string | null;
};

export const getLive = (roundId: number, minutes = 60) =>
  api.get<LiveOverview>(`/api/admin/rounds/${roundId}/live`, { minutes });
export const getQuestionStats = (roundId: number) => api.get<QuestionStat[]>(`/api/admin/rounds/${roundId}/question-stats`);

// the live view refreshes by itself, in a background tab too (a wall screen rarely has the focus)
const live = { refetchInterval: env.liveRefreshMs, refetchIntervalInBackground: true };
export const liveQuery = (roundId: number) =>
  queryOptions({ queryKey: queryKeys.rounds.live(roundId), queryFn: () => getLive(roundId), ...live });
export const questionStatsQuery = (roundId: number) =>
  queryOptions({ queryKey: queryKeys.rounds.questionStats(roundId), queryFn: () => getQuestionStats(roundId), ...live });
