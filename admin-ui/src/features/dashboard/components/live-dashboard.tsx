import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, Tooltip as Hint, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { liveQuery, questionStatsQuery } from '@/features/dashboard/api/get-live';
import { ScopePicker, useScope } from '@/components/scope-picker';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { RoundCountdown } from './round-countdown';
import { SuspectedKeys } from './suspected-keys';
import { formatVn } from '@/lib/vn-time';

/** The live view of one round: everything on it refreshes by itself while the screen is open. */
export function LiveDashboard() {
  const { t, lang } = useI18n();
  const scope = useScope();
  const roundId = scope.round?.id;
  const live = useQuery({ ...liveQuery(roundId ?? 0), enabled: !!roundId });
  const stats = useQuery({ ...questionStatsQuery(roundId ?? 0), enabled: !!roundId });

  const overview = live.data;
  const perMinute = (overview?.perMinute ?? []).map((m) => ({ ...m, label: formatVn(m.minute, 'HH:mm') }));
  // submissions so far, minute by minute
  const completions = perMinute.reduce<{ label: string; total: number }[]>(
    (sums, m) => [...sums, { label: m.label, total: (sums.at(-1)?.total ?? 0) + m.submitted }],
    [],
  );
  const worst = [...(stats.data ?? [])]
    .filter((q) => q.correctRate !== null)
    .sort((a, b) => (a.correctRate ?? 0) - (b.correctRate ?? 0))
    .slice(0, 10);

  return (
    <div>
      <Typography.Title level={3}>{t('dashboard')}</Typography.Title>
      <ScopePicker scope={scope} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('refreshing')}
      </Typography.Paragraph>
      {live.error instanceof ApiError && <Alert type="error" message={live.error.text(lang)} />}
      {!roundId && <Empty description={t('noRounds')} />}
      {overview && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={6}>
              <RoundCountdown opensAt={overview.opensAt} closesAt={overview.closesAt} serverTime={overview.serverTime} receivedAt={live.dataUpdatedAt} />
            </Col>
            {(
              [
                ['roundRegistrations', overview.totals.registrations],
                ['contestants', overview.totals.contestants],
                ['started', overview.totals.started],
                ['submitted', overview.totals.submitted],
                ['expired', overview.totals.expired],
                ['open', overview.totals.open],
              ] as const
            ).map(([key, value]) => (
              <Col xs={12} md={6} xl={3} key={key}>
                <Card size="small">
                  <Statistic title={t(key)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Card title={t('attemptsPerMinute')} size="small">
                <ResponsiveContainer width="100%" height={240}>
                  <LineChart data={perMinute}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend />
                    <Line type="monotone" dataKey="started" name={t('started')} stroke="#0b5394" dot={false} />
                    <Line type="monotone" dataKey="submitted" name={t('submitted')} stroke="#38761d" dot={false} />
                    <Line type="monotone" dataKey="registrations" name={t('registrations')} stroke="#b45f06" dot={false} />
                  </LineChart>
                </ResponsiveContainer>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('completions')} size="small">
                <ResponsiveContainer width="100%" height={240}>
                  <LineChart data={completions}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Line type="stepAfter" dataKey="total" name={t('completions')} stroke="#38761d" dot={false} />
                  </LineChart>
                </ResponsiveContainer>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('scoreHistogram')} size="small">
                <ResponsiveContainer width="100%" height={240}>
                  <BarChart data={overview.scores ?? []}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="score" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Bar dataKey="attempts" name={t('submitted')} fill="#0b5394" />
                  </BarChart>
                </ResponsiveContainer>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('worstQuestions')} size="small">
                {/* fixed layout: the text column gives way, so the table fits half of a 1366 px screen */}
                <Table
                  size="small"
                  rowKey={(q) => `${q.questionId}-${q.version}`}
                  pagination={false}
                  dataSource={worst}
                  tableLayout="fixed"
                  columns={[
                    { title: t('code'), dataIndex: 'code', width: 110, ellipsis: true },
                    { title: t('text'), dataIndex: 'text', ellipsis: { showTitle: true } },
                    {
                      title: t('correctRate'),
                      dataIndex: 'correctRate',
                      width: 150,
                      render: (rate: number, q) => (
                        <>
                          {Math.round(rate * 100)}%{' '}
                          {q.suspectedWrongKey && (
                            <Hint title={lang === 'en' ? q.reasonEn : q.reason}>
                              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                                {lang === 'en' ? 'Key?' : 'Nghi sai đáp án'}
                              </Tag>
                            </Hint>
                          )}
                        </>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
            {roundId && (
              <Col xs={24}>
                <SuspectedKeys roundId={roundId} stats={stats.data ?? []} onChanged={() => void stats.refetch()} />
              </Col>
            )}
          </Row>
        </>
      )}
    </div>
  );
}
