import { Select, Space } from 'antd';
import { useEffect } from 'react';
import { getContest, listContests } from '@/features/contests/api/contests';
import { useI18n } from '@/lib/i18n';
import { useLoad } from '@/lib/use-load';

type Props = { contestId?: number; roundId?: number; onChange: (contestId: number, roundId?: number) => void };

/** Contest then round (đợt thi); picks the first of each so the screen shows something at once. */
export function RoundPicker({ contestId, roundId, onChange }: Props) {
  const { t } = useI18n();
  const contests = useLoad(listContests, []);
  const contest = useLoad(() => (contestId ? getContest(contestId) : Promise.resolve(undefined)), [contestId]);

  useEffect(() => {
    if (!contestId && contests.data?.length) onChange(contests.data[0].id);
  }, [contestId, contests.data, onChange]);
  useEffect(() => {
    const rounds = contest.data?.rounds ?? [];
    if (contest.data && contest.data.id === contestId && !roundId && rounds.length) onChange(contest.data.id, rounds[rounds.length - 1].id);
  }, [contest.data, contestId, roundId, onChange]);

  return (
    <Space wrap>
      <Select
        aria-label={t('contests')}
        style={{ minWidth: 260 }}
        value={contestId}
        options={(contests.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onChange={(id) => onChange(id)}
      />
      <Select
        aria-label={t('round')}
        style={{ minWidth: 200 }}
        placeholder={t('chooseRound')}
        value={roundId}
        options={(contest.data?.rounds ?? []).map((r) => ({ value: r.id, label: `${r.seq}. ${r.name}` }))}
        onChange={(id) => contestId && onChange(contestId, id)}
      />
    </Space>
  );
}
