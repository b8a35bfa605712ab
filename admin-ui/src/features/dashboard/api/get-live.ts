import { queryOptions } from '@tanstack/react-query';
import { env } from '@/config/env';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

export type Minute = Schema<'LiveView.Minute'>;
export type LiveOverview = Schema<'LiveView.Overview'>;
export type OptionStat = Schema<'LiveView.OptionStat'>;
/** versionId: the version shown; after a key fix the old one is what a regrade corrects */
export type QuestionStat = Schema<'LiveView.QuestionStat'>;

export const getLive = (roundId: number, minutes = 60) =>
  api.get<LiveOverview>(`/api/admin/rounds/${roundId}/live`, { minutes });
export const getQuestionStats = (roundId: number) => api.get<QuestionStat[]>(`/api/admin/rounds/${roundId}/question-stats`);

// the live view refreshes by itself, in a background tab too (a wall screen rarely has the focus)
const live = { refetchInterval: env.liveRefreshMs, refetchIntervalInBackground: true };
export const liveQuery = (roundId: number) =>
  queryOptions({ queryKey: queryKeys.rounds.live(roundId), queryFn: () => getLive(roundId), ...live });
export const questionStatsQuery = (roundId: number) =>
  queryOptions({ queryKey: queryKeys.rounds.questionStats(roundId), queryFn: () => getQuestionStats(roundId), ...live });
