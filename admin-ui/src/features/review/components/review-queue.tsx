import { App, Alert, Button, Card, Checkbox, Empty, Grid, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ReasonDialog } from '@/components/reason-dialog';
import { ScopePicker, useScope } from '@/components/scope-picker';
import { useDecideEntries, useReviewQueue, type ReviewEntry, type ReviewStatus } from '@/features/review/api/review';
import type { MessageKey } from '@/config/messages';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { fill, instant, seconds } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { FlagEvidence } from './flag-evidence';

const STATUS: Record<ReviewStatus, { label: MessageKey; color: string }> = {
  PENDING: { label: 'reviewPending', color: 'orange' },
  DISQUALIFIED: { label: 'reviewDisqualified', color: 'red' },
  CLEARED: { label: 'reviewCleared', color: 'green' },
};

type Filter = ReviewStatus | 'ALL';
type Deciding = { entry: ReviewEntry; decision: 'DISQUALIFY' | 'CLEAR' };

/**
 * The round's review queue (xét duyệt bài thi): entries the rules flagged, with their evidence.
 * A flag is a reason to look, not a verdict; the committee decides, organizers only watch.
 */
export function ReviewQueuePage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const scope = useScope();
  const [filter, setFilter] = useState<Filter>('PENDING');
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  // bulk decisions (quyết định hàng loạt): the entries ticked on this filter, and the decision for all of them
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulk, setBulk] = useState<'DISQUALIFY' | 'CLEAR' | null>(null);
  const roundId = scope.round?.id;
  const queue = useReviewQueue(roundId, filter === 'ALL' ? undefined : filter);
  const decision = useDecideEntries();
  const mayDecide = can('COMMITTEE');
  const names = useMemo(() => new Map((queue.data?.entries ?? []).map((e) => [e.accountId, e.displayName])), [queue.data]);
  const counts = queue.data?.counts;
  const total = counts ? counts.PENDING + counts.DISQUALIFIED + counts.CLEARED : undefined;
  const label = (key: MessageKey, n?: number) => (n === undefined ? t(key) : `${t(key)} (${n})`);

  const filters: { value: Filter; label: string }[] = [
    { value: 'PENDING', label: label('reviewPending', counts?.PENDING) },
    { value: 'DISQUALIFIED', label: label('reviewDisqualified', counts?.DISQUALIFIED) },
    { value: 'CLEARED', label: label('reviewCleared', counts?.CLEARED) },
    { value: 'ALL', label: label('reviewAll', total) },
  ];

  // another round or filter starts with nothing ticked
  const [tickedOn, setTickedOn] = useState({ roundId, filter });
  if (tickedOn.roundId !== roundId || tickedOn.filter !== filter) {
    setTickedOn({ roundId, filter });
    setSelected(new Set());
  }
  const shown = queue.data?.entries ?? [];
  const toggle = (accountId: number, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(accountId);
      else next.delete(accountId);
      return next;
    });

  const decideAll = async (reason: string) => {
    if (!bulk || !roundId || selected.size === 0) return;
    const result = await decision.mutateAsync({ roundId, accountIds: [...selected], decision: bulk, reason });
    message.success(fill(t('bulkDone'), { n: result.decided }));
    setSelected(new Set());
  };

  const decide = async (reason: string) => {
    if (!deciding || !roundId) return;
    await decision.mutateAsync({ roundId, accountId: deciding.entry.accountId, decision: deciding.decision, reason });
    message.success(t(deciding.decision === 'DISQUALIFY' ? 'entryDisqualified' : 'entryCleared'));
  };

  return (
    <div>
      <Typography.Title level={3}>{t('reviewTitle')}</Typography.Title>
      <ScopePicker scope={scope} />
      <Typography.Paragraph type="secondary">{t('reviewIntro')}</Typography.Paragraph>
      {!mayDecide && <Alert type="info" showIcon message={t('reviewReadOnly')} style={{ marginBottom: 16 }} />}
      {scope.round?.status === 'CLOSED' && (
        <Alert type="warning" showIcon message={t('reviewAfterClose')} style={{ marginBottom: 16 }} />
      )}
      {queue.error instanceof ApiError && <Alert type="error" showIcon message={queue.error.text(lang)} style={{ marginBottom: 16 }} />}
      {/* on a phone the four filters stack, so every count stays in sight */}
      <Segmented<Filter> value={filter} onChange={setFilter} vertical={!screens.sm} block={!screens.sm} style={{ marginBottom: 16 }} options={filters} />
      {!roundId && !scope.contest?.rounds?.length && <Empty description={t('noRounds')} />}
      {mayDecide && shown.length > 0 && (
        <Card size="small" style={{ marginBottom: 12 }} data-testid="bulk-bar">
          <Space wrap>
            <Checkbox
              checked={selected.size > 0 && selected.size === shown.length}
              indeterminate={selected.size > 0 && selected.size < shown.length}
              onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((x) => x.accountId)) : new Set())}
            >
              {lang === 'en' ? `Select all (${shown.length})` : `Chọn tất cả (${shown.length})`}
            </Checkbox>
            <Button danger disabled={selected.size === 0} onClick={() => setBulk('DISQUALIFY')}>
              {t('disqualify')} ({selected.size})
            </Button>
            <Button disabled={selected.size === 0} onClick={() => setBulk('CLEAR')}>
              {t('clearEntry')} ({selected.size})
            </Button>
          </Space>
        </Card>
      )}
      <List
        loading={queue.isFetching && !queue.data}
        dataSource={queue.data?.entries ?? []}
        locale={{ emptyText: <Empty description={t('reviewEmpty')} /> }}
        pagination={(queue.data?.entries.length ?? 0) > 10 ? { pageSize: 10, size: 'small' } : false}
        renderItem={(entry) => {
          const actions = mayDecide && (
            <Space wrap>
              {entry.status !== 'DISQUALIFIED' && (
                <Button danger size="small" onClick={() => setDeciding({ entry, decision: 'DISQUALIFY' })}>
                  {t('disqualify')}
                </Button>
              )}
              {entry.status !== 'CLEARED' && (
                <Button size="small" onClick={() => setDeciding({ entry, decision: 'CLEAR' })}>
                  {t('clearEntry')}
                </Button>
              )}
            </Space>
          );
          return (
            <List.Item style={{ display: 'block', padding: '0 0 12px', border: 'none' }}>
              <Card
                size="small"
                data-testid={`review-${entry.accountId}`}
                title={
                  <Space wrap>
                    {mayDecide && (
                      <Checkbox
                        aria-label={`${t('bulkDecide').replace('{n}', '1')}: ${entry.displayName ?? entry.accountId}`}
                        checked={selected.has(entry.accountId)}
                        onChange={(e) => toggle(entry.accountId, e.target.checked)}
                      />
                    )}
                    <span>{entry.displayName ?? t('unnamed')}</span>
                    {/* the support desk's file of the contestant, for those who may open it */}
                    {can('SUPPORT') ? (
                      <Link to={`/support/contestants/${entry.accountId}`}>#{entry.accountId}</Link>
                    ) : (
                      <Typography.Text type="secondary">#{entry.accountId}</Typography.Text>
                    )}
                    <Tag color={STATUS[entry.status].color}>{t(STATUS[entry.status].label)}</Tag>
                  </Space>
                }
                extra={screens.md ? actions : undefined}
              >
                {!screens.md && actions && <div style={{ marginBottom: 12 }}>{actions}</div>}
                {entry.flags.length === 0 && <Typography.Paragraph type="secondary">{t('noFlagsNow')}</Typography.Paragraph>}
                {entry.flags.map((flag, i) => (
                  <FlagEvidence key={`${flag.kind}-${i}`} flag={flag} names={names} />
                ))}
                {screens.md ? (
                  <Table
                    size="small"
                    rowKey="attemptId"
                    pagination={false}
                    dataSource={entry.attempts}
                    scroll={{ x: true }}
                    style={{ marginTop: 8 }}
                    columns={[
                      { title: t('attemptNo'), dataIndex: 'attemptNo', width: 70 },
                      { title: t('status'), dataIndex: 'status', render: (s: string) => t(attemptStatusKey(s)) },
                      {
                        title: t('correctAnswers'),
                        key: 'correct',
                        render: (_, a) => (a.correctCount === null ? '—' : `${a.correctCount}/${a.questionCount}`),
                      },
                      { title: t('score'), dataIndex: 'score', render: (v: number | null) => v ?? '—' },
                      { title: t('duration'), dataIndex: 'durationMs', render: (v: number | null) => seconds(v, lang) },
                      { title: t('submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => instant(v, true) },
                    ]}
                  />
                ) : (
                  // a phone has no room for six columns: one line per attempt
                  entry.attempts.map((a) => (
                    <Typography.Paragraph key={a.attemptId} type="secondary" style={{ margin: '8px 0 0' }}>
                      {[
                        `${t('attemptNo')} ${a.attemptNo}`,
                        t(attemptStatusKey(a.status)),
                        a.correctCount === null ? null : fill(t('correctOf'), { correct: a.correctCount, total: a.questionCount }),
                        a.score === null ? null : fill(t('scoreN'), { score: a.score }),
                        seconds(a.durationMs, lang),
                        instant(a.submittedAt, true),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Paragraph>
                  ))
                )}
                {entry.decision && (
                  <Alert
                    style={{ marginTop: 8 }}
                    type={entry.decision.decision === 'DISQUALIFIED' ? 'error' : 'success'}
                    message={fill(t('decidedByOn'), {
                      decision: t(STATUS[entry.decision.decision].label),
                      name: entry.decision.decidedByName ?? `#${entry.decision.decidedBy}`,
                      at: instant(entry.decision.decidedAt),
                    })}
                    description={`${t('reason')}: ${entry.decision.reason}`}
                  />
                )}
              </Card>
            </List.Item>
          );
        }}
      />
      <ReasonDialog
        open={bulk !== null}
        title={fill(t('bulkReasonTitle'), { n: selected.size })}
        description={bulk && t(bulk === 'DISQUALIFY' ? 'disqualifyHelp' : 'clearHelp')}
        okText={bulk ? `${t(bulk === 'DISQUALIFY' ? 'disqualify' : 'clearEntry')} (${selected.size})` : ''}
        danger={bulk === 'DISQUALIFY'}
        maxLength={1000}
        onSubmit={decideAll}
        onClose={() => setBulk(null)}
      />
      <ReasonDialog
        open={deciding !== null}
        title={
          deciding &&
          fill(t(deciding.decision === 'DISQUALIFY' ? 'disqualifyTitle' : 'clearTitle'), {
            name: deciding.entry.displayName ?? `#${deciding.entry.accountId}`,
          })
        }
        description={deciding && t(deciding.decision === 'DISQUALIFY' ? 'disqualifyHelp' : 'clearHelp')}
        okText={deciding ? t(deciding.decision === 'DISQUALIFY' ? 'disqualify' : 'clearEntry') : ''}
        danger={deciding?.decision === 'DISQUALIFY'}
        maxLength={1000}
        onSubmit={decide}
        onClose={() => setDeciding(null)}
      />
    </div>
  );
}

export function attemptStatusKey(status: string): MessageKey {
  return status === 'SUBMITTED' ? 'submitted' : status === 'EXPIRED' ? 'expired' : 'open';
}
