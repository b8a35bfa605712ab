import { Select, Space, Tag } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useLoad } from '@/lib/use-load';

/** What the committee's screens need of a contest and its rounds (đợt thi). */
export type ScopeRound = { id: number; seq: number; name: string; status: string; opensAt: string; closesAt: string; graceSeconds: number };
type ContestChoice = { id: number; name: string };
type ContestRounds = { id: number; name: string; rounds: ScopeRound[] };

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
  set: (contestId: number, roundId?: number) => void;
  reload: () => Promise<void>;
};

/**
 * The contest and round a committee screen works on, kept in the address (?contest=&round=) so
 * a link or a reload opens the same scope. Without one, it picks the first contest and its
 * latest published round.
 */
export function useScope(allowWholeContest = false): Scope {
  const [params, setParams] = useSearchParams();
  const contestId = params.get('contest') ? Number(params.get('contest')) : undefined;
  const roundParam = params.get('round');
  const roundId = roundParam === null ? undefined : Number(roundParam);
  const contests = useLoad(() => api.get<ContestChoice[]>('/api/admin/contests'), []);
  const contest = useLoad(
    () => (contestId ? api.get<ContestRounds>(`/api/admin/contests/${contestId}`) : Promise.resolve(undefined)),
    [contestId],
  );

  const set = useCallback(
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

  useEffect(() => {
    if (!contestId && contests.data?.length) set(contests.data[0].id);
  }, [contestId, contests.data, set]);
  useEffect(() => {
    const data = contest.data;
    if (!data || data.id !== contestId || roundId !== undefined) return;
    const rounds = data.rounds ?? [];
    const live = rounds.filter((r) => r.status !== 'DRAFT');
    const pick = live[live.length - 1] ?? rounds[rounds.length - 1];
    if (pick) set(data.id, pick.id);
    else if (allowWholeContest) set(data.id, WHOLE_CONTEST);
  }, [contest.data, contestId, roundId, allowWholeContest, set]);

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
      reload: contest.reload,
    }),
    [contestId, roundId, contests.data, contest.data, round, allowWholeContest, set, contest.reload],
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
      {scope.round && <Tag color={STATUS_COLOR[scope.round.status] ?? 'default'}>{t(roundStatusKey(scope.round.status))}</Tag>}
    </Space>
  );
}

export function roundStatusKey(status: string) {
  return status === 'CLOSED' ? 'roundClosed' : status === 'PUBLISHED' ? 'roundPublished' : 'roundDraft';
}
