import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ScopePicker, useScope, WHOLE_CONTEST } from '@/components/scope-picker';
import { downloadReport, getReport } from '@/features/report/api/report';
import { ApiError } from '@/lib/api-client';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { formatVn } from '@/lib/vn-time';

const percent = (value: number | null | undefined) => (value == null ? '—' : `${value.toLocaleString('vi-VN')} %`);

/**
 * Báo cáo tổng kết: the key figures of a contest or one round, and the two files the department
 * attaches to its official report — both built on the server from the same figures.
 */
export function ReportPage() {
  const { t, lang } = useI18n();
  const scope = useScope(true);
  const roundId = scope.roundId === WHOLE_CONTEST ? undefined : scope.roundId;
  const ready = scope.contestId !== undefined && scope.roundId !== undefined;
  const { data, error } = useQuery({
    queryKey: queryKeys.contests.report(scope.contestId ?? 0, roundId),
    queryFn: () => getReport(scope.contestId!, roundId),
    enabled: ready,
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async (format: 'xlsx' | 'docx') => {
    setBusy(format);
    setFailed(null);
    try {
      await downloadReport(scope.contestId!, format, roundId);
    } catch (e) {
      setFailed(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t('reportTitle')}</Typography.Title>
      <ScopePicker scope={scope} allowWholeContest />
      {!ready && scope.contest && <Empty description={t('chooseRound')} />}
      {error != null && <Alert type="error" showIcon message={error instanceof ApiError ? error.text(lang) : t('loadFailed')} />}
      {failed && <Alert type="error" showIcon message={failed} />}
      {ready && data && (
        <Space direction="vertical" size="large" style={{ width: '100%', marginTop: 16 }}>
          <Space wrap>
            <Button type="primary" icon={<DownloadOutlined />} loading={busy === 'docx'} onClick={() => download('docx')}>
              {t('reportDocx')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => download('xlsx')}>
              {t('reportXlsx')}
            </Button>
          </Space>
          <Typography.Text type="secondary">
            {fill(t('reportPeriod'), { from: formatVn(data.scope.from), until: formatVn(data.scope.until) })}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {(
              [
                ['reportRegistrations', data.totals.registrations.toLocaleString('vi-VN')],
                ['reportParticipants', data.totals.participants.toLocaleString('vi-VN')],
                ['reportAttempts', data.totals.attemptsStarted.toLocaleString('vi-VN')],
                ['reportCompletion', percent(data.totals.completionPercent)],
                ['reportDisqualified', data.totals.disqualifiedContestants.toLocaleString('vi-VN')],
                ['reportRegrades', data.regrades.length.toLocaleString('vi-VN')],
                ['reportPrizes', data.individualPrizes.length.toLocaleString('vi-VN')],
              ] as const
            ).map(([key, value]) => (
              <Col xs={12} md={6} key={key}>
                <Card size="small">
                  <Statistic title={t(key)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('reportUnits')}>
            <Table
              size="small"
              rowKey="name"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: true }}
              dataSource={data.units}
              columns={[
                { title: t('reportUnit'), dataIndex: 'name' },
                { title: t('reportParticipants'), dataIndex: 'participants', align: 'right' },
                { title: t('reportHeadcount'), dataIndex: 'headcount', align: 'right', responsive: ['sm'], render: (v: number | null) => v ?? '—' },
                { title: t('reportRate'), dataIndex: 'ratePercent', align: 'right', render: percent },
              ]}
            />
          </Card>
          <Card size="small" title={t('reportHardest')}>
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              scroll={{ x: true }}
              dataSource={data.hardest.slice(0, 5)}
              columns={[
                { title: t('code'), dataIndex: 'code' },
                { title: t('reportQuestion'), dataIndex: 'text' },
                { title: t('correctRate'), dataIndex: 'correctPercent', align: 'right', render: percent },
              ]}
            />
          </Card>
          <Card size="small" title={t('reportRankings')}>
            <Table
              size="small"
              rowKey="round"
              pagination={false}
              scroll={{ x: true }}
              dataSource={data.rankings}
              columns={[
                { title: t('round'), dataIndex: 'round' },
                { title: t('reportParticipants'), dataIndex: 'entries', align: 'right' },
                { title: t('reportHash'), dataIndex: 'hash', render: (h: string) => <Typography.Text code copyable>{h}</Typography.Text> },
              ]}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}
