import { Select, Space, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Schema } from '@/api';
import { api } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';
import { queryKeys } from '@/lib/query-keys';

/** What the committee's screens need of a contest and its rounds (đợt thi). */
export type ScopeRound = Pick<Schema<'AdminViews.RoundView'>, 'id' | 'seq' | 'name' | 'status' | 'opensAt' | 'closesAt' | 'graceSeconds'>;
type ContestChoice = Pick<Schema<'AdminViews.ContestSummary'>, 'id' | 'name'>;
type ContestRounds = Pick<Schema<'AdminViews.ContestView'>, 'id' | 'name'> & { rounds: ScopeRound[] };

/** The whole contest is picked as round 0: its prizes and collective prizes (giải toàn cuộc thi, giải tập thể). */
export const WHOLE_CONTEST = 0;

export type Scope = {
  contestId?: number;
  /** undefined while nothing is picked; WHOLE_CONTEST for the contest scope */
  roundId?: number;
  contests: ContestChoice[];
  contest?: ContestRounds;
  round?: ScopeRound;
  wholeContest: boolean;
  /** The user's pick: goes into the address and is remembered for the other screens. */
  set: (contestId: number, roundId?: number) => void;
  reload: () => Promise<void>;
};

/** A published contest's rounds as the public API gives them: window and phase, with the server's clock. */
type PublicRound = Pick<Schema<'ContestController.RoundView'>, 'id' | 'opensAt' | 'closesAt'> & { serverTime?: string };
type PublicContest = { id: number; rounds?: PublicRound[] };

/**
 * The round a screen should open on: the one open now (the first to close if several), else the
 * next to open, else the last to have closed. Only published contests count (their rounds are the
 * ones contestants see), so nobody's draft wins by being edited last.
 */
export function defaultRound(contests: PublicContest[], now: number): { contestId: number; roundId: number } | undefined {
  const rounds = contests.flatMap((c) => (c.rounds ?? []).map((r) => ({ contestId: c.id, roundId: r.id, opens: Date.parse(r.opensAt), closes: Date.parse(r.closesAt) })));
  const open = rounds.filter((r) => r.opens <= now && now < r.closes).sort((a, b) => a.closes - b.closes || a.roundId - b.roundId)[0];
  const next = rounds.filter((r) => r.opens > now).sort((a, b) => a.opens - b.opens || a.roundId - b.roundId)[0];
  const last = rounds.filter((r) => r.closes <= now).sort((a, b) => b.closes - a.closes || b.roundId - a.roundId)[0];
  const pick = open ?? next ?? last;
  return pick && { contestId: pick.contestId, roundId: pick.roundId };
}

const REMEMBERED = 'contest-admin-scope';

/**
 * The contest and round the user last picked on any of these screens, kept across pages and
 * reloads of this tab (not for days: a choice made last week must not hide the round open today).
 */
export const rememberedScope = {
  get(): { contestId: number; roundId?: number } | undefined {
    try {
      const value = JSON.parse(sessionStorage.getItem(REMEMBERED) ?? 'null');
      return value && typeof value.contestId === 'number' ? value : undefined;
    } catch {
      return undefined;
    }
  },
  set(contestId: number, roundId?: number) {
    sessionStorage.setItem(REMEMBERED, JSON.stringify({ contestId, roundId }));
  },
};

/**
 * The contest and round a screen works on (live view, review, ranking, awards), kept in the
 * address (?contest=&round=) so a link or a reload opens the same scope, and remembered so the next
 * of these screens opens on it too. Without either, it opens on the round open now, else the next
 * to open, else the last closed (defaultRound).
 */
export function useScope(allowWholeContest = false): Scope {
  const [params, setParams] = useSearchParams();
  const contestId = params.get('contest') ? Number(params.get('contest')) : undefined;
  const roundParam = params.get('round');
  const roundId = roundParam === null ? undefined : Number(roundParam);
  const queryClient = useQueryClient();
  const contests = useQuery({ queryKey: queryKeys.contests.list(), queryFn: () => api.get<ContestChoice[]>('/api/admin/contests') });
  const published = useQuery({
    queryKey: queryKeys.contests.published(),
    queryFn: () => api.get<PublicContest[]>('/api/contests').catch(() => [] as PublicContest[]),
  });
  const contest = useQuery({
    queryKey: queryKeys.contests.detail(contestId ?? 0),
    queryFn: () => api.get<ContestRounds>(`/api/admin/contests/${contestId}`),
    enabled: !!contestId,
  });
  const reload = useCallback(
    () => (contestId ? queryClient.invalidateQueries({ queryKey: queryKeys.contests.detail(contestId) }) : Promise.resolve()),
    [queryClient, contestId],
  );

  const go = useCallback(
    (nextContest: number, nextRound?: number) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('contest', String(nextContest));
          if (nextRound === undefined) next.delete('round');
          else next.set('round', String(nextRound));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const set = useCallback(
    (nextContest: number, nextRound?: number) => {
      rememberedScope.set(nextContest, nextRound);
      go(nextContest, nextRound);
    },
    [go],
  );

  useEffect(() => {
    if (contestId || !contests.data || published.isPending) return;
    const known = (id?: number) => id !== undefined && contests.data!.some((c) => c.id === id);
    const remembered = rememberedScope.get();
    if (remembered && known(remembered.contestId)) {
      // the whole contest (awards only) means no particular round elsewhere
      go(remembered.contestId, remembered.roundId === WHOLE_CONTEST && !allowWholeContest ? undefined : remembered.roundId);
      return;
    }
    const serverNow = published.data?.flatMap((c) => c.rounds ?? []).find((r) => r.serverTime)?.serverTime;
    const pick = defaultRound(published.data ?? [], serverNow ? Date.parse(serverNow) : Date.now());
    if (pick && known(pick.contestId)) go(pick.contestId, pick.roundId);
    else if (contests.data.length) go(contests.data[0].id);
  }, [contestId, contests.data, published.data, published.isPending, allowWholeContest, go]);
  useEffect(() => {
    const data = contest.data;
    if (!data || data.id !== contestId || roundId !== undefined) return;
    const rounds = data.rounds ?? [];
    // a contest picked without a round: its round open now, else next, else last closed
    const mine = (published.data ?? []).filter((c) => c.id === data.id);
    const serverNow = mine.flatMap((c) => c.rounds ?? []).find((r) => r.serverTime)?.serverTime;
    const best = defaultRound(mine, serverNow ? Date.parse(serverNow) : Date.now());
    const live = rounds.filter((r) => r.status !== 'DRAFT');
    const pick = rounds.find((r) => r.id === best?.roundId) ?? live[live.length - 1] ?? rounds[rounds.length - 1];
    if (pick) go(data.id, pick.id);
    else if (allowWholeContest) go(data.id, WHOLE_CONTEST);
  }, [contest.data, contestId, roundId, allowWholeContest, published.data, go]);

  const round = contest.data?.rounds?.find((r) => r.id === roundId);
  return useMemo(
    () => ({
      contestId,
      roundId,
      contests: contests.data ?? [],
      contest: contest.data,
      round,
      wholeContest: allowWholeContest && roundId === WHOLE_CONTEST,
      set,
      reload,
    }),
    [contestId, roundId, contests.data, contest.data, round, allowWholeContest, set, reload],
  );
}

const STATUS_COLOR: Record<string, string> = { DRAFT: 'default', PUBLISHED: 'green', CLOSED: 'blue' };

/** Contest, then round (or the whole contest), with the round's status beside them. */
export function ScopePicker({ scope, allowWholeContest = false }: { scope: Scope; allowWholeContest?: boolean }) {
  const { t } = useI18n();
  const rounds = scope.contest?.rounds ?? [];
  const options = rounds.map((r) => ({ value: r.id, label: `${r.seq}. ${r.name}` }));
  if (allowWholeContest) options.push({ value: WHOLE_CONTEST, label: t('wholeContest') });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        aria-label={t('contests')}
        style={{ minWidth: 260, maxWidth: '100%' }}
        value={scope.contestId}
        options={scope.contests.map((c) => ({ value: c.id, label: c.name }))}
        onChange={(id: number) => scope.set(id)}
      />
      <Select
        aria-label={t('round')}
        style={{ minWidth: 200 }}
        placeholder={t('chooseRound')}
        value={scope.contest?.id === scope.contestId ? scope.roundId : undefined}
        options={options}
        onChange={(id: number) => scope.contestId && scope.set(scope.contestId, id)}
      />
      {scope.round && <Tag color={STATUS_COLOR[scope.round.status] ?? 'default'}>{label('roundStatus', scope.round.status)}</Tag>}
    </Space>
  );
}
