import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Descriptions, Empty, Grid, List, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ExportButton } from '@/components/export-button';
import { ReasonDialog } from '@/components/reason-dialog';
import { ScopePicker, useScope, type ScopeRound } from '@/components/scope-picker';
import { exportRanking } from '@/features/ranking/api/export-ranking';
import { getPendingFlags } from '@/features/ranking/api/pending-flags';
import { closeRound, getRanking, reopenRound, type RankedEntry } from '@/features/ranking/api/ranking';
import type { MessageKey } from '@/config/messages';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { fill, instant, number, seconds } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { labelOf } from '@/lib/labels-b';
import { queryKeys } from '@/lib/query-keys';
import { vnDateTime } from '@/lib/vn-time-b';
import { ChainLegend, RankingChain, chainExplanation } from './ranking-chain';

/** Where a round stands by the clock, as the committee needs to know before closing it. */
/** The moment the server lets the round close: its end plus the grace for attempts still being submitted. */
function closableAt(round: ScopeRound): number {
  return new Date(round.closesAt).getTime() + round.graceSeconds * 1000;
}

function phase(round: ScopeRound, now = Date.now()): MessageKey {
  if (round.status === 'CLOSED') return 'phaseClosed';
  if (round.status === 'DRAFT') return 'phaseDraft';
  const closes = new Date(round.closesAt).getTime();
  if (now < new Date(round.opensAt).getTime()) return 'phaseUpcoming';
  if (now < closes) return 'phaseOpen';
  if (now < closes + round.graceSeconds * 1000) return 'phaseGrace';
  return 'phaseEnded';
}

/**
 * Closing a round (khóa đợt thi) and its frozen ranking: the SHA-256 the committee signs, and
 * for each entry the link of the rule chain that put it above the next one.
 */
export function FrozenRankingPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const scope = useScope();
  const round = scope.round;
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [reopening, setReopening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closed = round?.status === 'CLOSED';
  // one entry more than the page shows: the last row's explanation compares it with the next one
  const queryClient = useQueryClient();
  const offset = (page.current - 1) * page.size;
  const ranking = useQuery({
    queryKey: queryKeys.rounds.ranking(round?.id ?? 0, offset, page.size + 1),
    queryFn: () => getRanking(round!.id, offset, page.size + 1),
    enabled: !!round && closed,
  });
  // entries the review queue still questions: shown before closing and on the ranking, as prize places may follow
  const flagged = !!round && round.status !== 'DRAFT';
  const pending = useQuery({
    queryKey: queryKeys.rounds.pendingFlags(round?.id ?? 0, round?.status ?? ''),
    queryFn: () => getPendingFlags(round!.id),
    enabled: flagged,
  });
  // a reopened round has no frozen ranking, whatever the cache still holds from before
  const frozen = closed ? ranking.data : undefined;
  const pendingFlags = flagged ? pending.data : undefined;
  const flagsOf = (accountId: number) => pendingFlags?.get(accountId) ?? [];
  const snapshot = frozen?.snapshot;
  const entries = frozen?.entries ?? [];
  /** Closing or reopening changes the round's status, its ranking and its flags. */
  const roundChanged = async (roundId: number) => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.rounds.detail(roundId) });
    await scope.reload();
  };
  const predictionUsed = snapshot?.predictionActual !== null && snapshot?.predictionActual !== undefined;
  const pagination = {
    current: page.current,
    pageSize: page.size,
    total: snapshot?.entryCount ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100],
    onChange: (current: number, size: number) => setPage({ current: size === page.size ? current : 1, size }),
  };

  const confirmClose = () => {
    if (!round) return;
    modal.confirm({
      title: fill(t('closeRoundTitle'), { name: round.name }),
      content: (
        <>
          <p>{t('closeRoundHelp')}</p>
          <p data-testid="closable-at">{fill(t('earliestClose'), { at: vnDateTime(closableAt(round)) })}</p>
          {/* plain text: the confirm dialog renders outside the router, the page's own alert links to the queue */}
          {!!pendingFlags?.size && <Alert type="warning" showIcon message={fill(t('rankingFlagsTitle'), { n: pendingFlags.size })} />}
        </>
      ),
      okText: t('closeRound'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        setError(null);
        try {
          const closedSnapshot = await closeRound(round.id);
          message.success(fill(t('roundClosedWith'), { count: closedSnapshot.entryCount }));
          setPage((p) => ({ ...p, current: 1 }));
          await roundChanged(round.id);
        } catch (e) {
          setError(e instanceof ApiError ? closeError(e) : t('loadFailed'));
        }
      },
    });
  };

  const closeError = (e: ApiError) => {
    const details = e.details as { closesAt?: string; closableAt?: string } | undefined;
    // the time closing becomes possible (end + grace), not the end itself
    const at = details?.closableAt ?? (round ? new Date(closableAt(round)).toISOString() : undefined);
    return e.code === 'ROUND_STILL_OPEN' && at ? `${e.text(lang)} (${fill(t('earliestClose'), { at: vnDateTime(at) })})` : e.text(lang);
  };

  const reopen = async (reason: string) => {
    if (!round) return;
    await reopenRound(round.id, reason);
    message.success(t('roundReopened'));
    await roundChanged(round.id);
  };

  return (
    <div>
      <Typography.Title level={3}>{t('rankingTitle')}</Typography.Title>
      <ScopePicker scope={scope} />
      {!round && scope.contest && !scope.contest.rounds?.length && <Empty description={t('noRounds')} />}
      {round && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'phase', label: t('status'), children: <Typography.Text strong>{t(phase(round))}</Typography.Text> },
                { key: 'window', label: t('window'), children: `${vnDateTime(round.opensAt)} – ${vnDateTime(round.closesAt)}` },
                { key: 'grace', label: t('graceSeconds'), children: round.graceSeconds },
                ...(round.status === 'PUBLISHED'
                  ? [{ key: 'closable', label: t('closeRound'), children: fill(t('earliestClose'), { at: vnDateTime(closableAt(round)) }) }]
                  : []),
              ]}
            />
            <Space wrap>
              {round.status === 'PUBLISHED' && can('ORGANIZER', 'COMMITTEE') && (
                <Button type="primary" danger icon={<LockOutlined />} onClick={confirmClose}>
                  {t('closeRound')}
                </Button>
              )}
              {closed && can('ADMIN') && (
                <Button icon={<UnlockOutlined />} onClick={() => setReopening(true)}>
                  {t('reopenRound')}
                </Button>
              )}
            </Space>
          </Space>
        </Card>
      )}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} closable onClose={() => setError(null)} />}
      {!!pendingFlags?.size && round && (
        <Alert
          type="warning"
          showIcon
          data-testid="ranking-flags"
          role="status"
          style={{ marginBottom: 16 }}
          message={fill(t('rankingFlagsTitle'), { n: pendingFlags.size })}
          description={<Link to={`/review?contest=${scope.contestId}&round=${round.id}`}>{t('goToReview')} →</Link>}
        />
      )}
      {round && !closed && <Empty description={t('rankingNotFrozen')} />}
      {closed && ranking.error instanceof ApiError && <Alert type="error" showIcon message={ranking.error.text(lang)} />}
      {snapshot && round && (
        <>
          <Card size="small" style={{ marginBottom: 16, borderColor: '#0b5394' }} data-testid="ranking-hash">
            <Typography.Text type="secondary">{t('rankingHash')}</Typography.Text>
            <Typography.Paragraph
              copyable={{ text: snapshot.contentHash, tooltips: [t('copy'), t('copied')] }}
              data-testid="ranking-hash-value"
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 18, fontWeight: 600, wordBreak: 'break-all', margin: '4px 0 8px' }}
            >
              {snapshot.contentHash}
            </Typography.Paragraph>
            <Space wrap size="large">
              <span>
                {t('computedAt')}: <strong>{instant(snapshot.computedAt, true)}</strong>
              </span>
              <span>
                {t('rankedEntries')}: <strong>{number(snapshot.entryCount, lang)}</strong>
              </span>
              {predictionUsed && (
                <span>
                  {t('predictionActual')}: <strong>{number(snapshot.predictionActual, lang)}</strong>
                </span>
              )}
            </Space>
          </Card>
          <Space wrap style={{ marginBottom: 8 }}>
            <ExportButton label={t('exportRanking')} onExport={(format, reason) => exportRanking(round.id, format, reason)} />
            {can('COMMITTEE', 'COMMITTEE_CHAIR') && (
              <Link to={`/awards?contest=${scope.contestId}&round=${round.id}`}>{t('goToAwards')} →</Link>
            )}
          </Space>
          <ChainLegend />
          {!screens.md && (
            // a phone shows each entry as a block, its reason under it rather than six columns away
            <List<RankedEntry>
              loading={ranking.isFetching}
              dataSource={entries.slice(0, page.size)}
              pagination={{ ...pagination, size: 'small', showSizeChanger: false }}
              renderItem={(e, index) => (
                <List.Item data-testid={`ranked-${e.rank}`} style={{ display: 'block' }}>
                  <Typography.Text strong>
                    {e.rank}. {e.displayName}
                  </Typography.Text>
                  <FlagTags kinds={flagsOf(e.accountId)} />
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[e.unit, e.commune].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </div>
                  <div>
                    {[
                      fill(t('scoreN'), { score: e.score }),
                      fill(t('correctOf'), { correct: e.correctCount, total: e.questionCount }),
                      predictionUsed && e.predictionError !== null ? `${t('predictionError')} ${e.predictionError}` : null,
                      seconds(e.durationMs, lang),
                      instant(e.submittedAt, true),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                  <div style={{ marginTop: 4 }}>
                    <RankingChain decidedBy={e.decidedBy} predictionUsed={predictionUsed} />
                  </div>
                  <div>{chainExplanation(e, entries[index + 1], predictionUsed, t, lang)}</div>
                </List.Item>
              )}
            />
          )}
          {screens.md && (
            <Table<RankedEntry>
              size="small"
              rowKey="rank"
              loading={ranking.isFetching}
              dataSource={entries.slice(0, page.size)}
              scroll={{ x: 1100 }}
              pagination={pagination}
              columns={[
                { title: t('rank'), dataIndex: 'rank', width: 64, fixed: 'left' },
                {
                  title: t('contestant'),
                  key: 'who',
                  width: 200,
                  render: (_, e) => (
                    <>
                      <div>{e.displayName}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[e.unit, e.commune].filter(Boolean).join(' · ')}
                      </Typography.Text>
                      <FlagTags kinds={flagsOf(e.accountId)} />
                    </>
                  ),
                },
                { title: t('score'), key: 'score', width: 90, render: (_, e) => `${e.score} (${e.correctCount}/${e.questionCount})` },
                ...(predictionUsed
                  ? [
                      {
                        title: t('predictionError'),
                        key: 'prediction',
                        width: 110,
                        render: (_: unknown, e: RankedEntry) => (e.prediction === null ? '—' : `${e.predictionError} (${e.prediction})`),
                      },
                    ]
                  : []),
                { title: t('duration'), dataIndex: 'durationMs', width: 110, render: (v: number) => seconds(v, lang) },
                { title: t('submittedAt'), dataIndex: 'submittedAt', width: 170, render: (v: string) => instant(v, true) },
                {
                  title: t('whyThisPlace'),
                  key: 'why',
                  render: (_, e) => {
                    const index = entries.indexOf(e);
                    return (
                      <>
                        <RankingChain decidedBy={e.decidedBy} predictionUsed={predictionUsed} />
                        <div style={{ marginTop: 4 }}>{chainExplanation(e, entries[index + 1], predictionUsed, t, lang)}</div>
                      </>
                    );
                  },
                },
              ]}
            />
          )}
        </>
      )}
      <ReasonDialog
        open={reopening}
        title={round ? fill(t('reopenRoundTitle'), { name: round.name }) : ''}
        description={<Alert type="warning" showIcon message={t('reopenRoundHelp')} />}
        okText={t('reopenRound')}
        danger
        maxLength={500}
        onSubmit={reopen}
        onClose={() => setReopening(false)}
      />
    </div>
  );
}

/** An entry's undecided review flags by name (chờ rà soát). */
function FlagTags({ kinds }: { kinds: string[] }) {
  const { t, lang } = useI18n();
  if (!kinds.length) return null;
  return (
    <div>
      <Tag color="red">{t('flagsPending')}</Tag>
      {kinds.map((k) => (
        <Tag key={k} color="orange" style={{ whiteSpace: 'normal' }}>
          {labelOf('flag', k, lang)}
        </Tag>
      ))}
    </div>
  );
}
