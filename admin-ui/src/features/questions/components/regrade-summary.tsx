import { Alert, Card, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useContestantNames } from '@/features/questions/api/contestant-names';
import type { RegradeSummary as Summary } from '@/features/questions/api/regrade';
import { useI18n } from '@/lib/i18n';

/** What a regrade changed: the key, how many attempts and contestants, and each score before and after. */
export function RegradeSummary({ summary }: { summary: Summary }) {
  const { t } = useI18n();
  const changes = summary.changes ?? [];
  // the regrade names contestants by id only: their masked names make the list readable
  const names = useContestantNames(changes.map((c) => c.accountId));
  return (
    <div data-testid="regrade-summary">
      <Typography.Paragraph>
        {`${t('correctAnswer')}: `}
        <Tag>{summary.keyBefore}</Tag>
        {`(v${summary.fromVersion}) → `}
        <Tag color="green">{summary.keyAfter}</Tag>
        {`(v${summary.toVersion})`}
      </Typography.Paragraph>
      <Flex wrap gap="small">
        {(
          [
            ['regradeRescored', summary.attemptsRescored],
            ['regradeChanged', summary.attemptsChanged],
            ['regradeContestants', summary.contestantsChanged],
            ['regradeUp', summary.scoresUp],
            ['regradeDown', summary.scoresDown],
          ] as const
        ).map(([label, value]) => (
          <Card size="small" key={label} style={{ flex: '1 1 120px' }}>
            <Statistic title={t(label)} value={value} />
          </Card>
        ))}
      </Flex>
      {summary.openAttemptsNotRescored > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={`${t('regradeOpenAttempts')}: ${summary.openAttemptsNotRescored}`}
          description={t('regradeOpenAttemptsHint')}
        />
      )}
      {changes.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('regradeScores')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="attemptId"
            dataSource={changes}
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            scroll={{ x: true }}
            columns={[
              { title: t('regradeAttempt'), dataIndex: 'attemptId' },
              {
                title: t('regradeAccount'),
                dataIndex: 'accountId',
                render: (id: number) => {
                  const n = names.get(id);
                  return n ? `${n.displayName}${n.unit ? ` · ${n.unit}` : ''} (#${id})` : `#${id}`;
                },
              },
              { title: t('regradeScore'), key: 'score', render: (_, c) => `${c.scoreBefore} → ${c.scoreAfter}` },
              { title: t('regradeCorrect'), key: 'correct', render: (_, c) => `${c.correctBefore} → ${c.correctAfter}` },
            ]}
          />
        </>
      )}
    </div>
  );
}
