import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { QuestionStat } from '@/features/dashboard/api/get-live';
import { KeyFixDialog } from '@/features/questions';
import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

type Props = { roundId: number; stats: QuestionStat[]; onChanged: () => void };

/**
 * Câu hỏi nghi sai đáp án: where a wrong option is chosen far more often than the key. An
 * organizer fixes the key from here and regrades this round; an old version (the key was fixed
 * since) goes straight to the regrade.
 */
export function SuspectedKeys({ roundId, stats, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const [open, setOpen] = useState<QuestionStat | null>(null);
  const suspected = stats.filter((q) => q.suspectedWrongKey);

  return (
    <Card title={t('suspectedKeys')} size="small">
      {suspected.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('suspectedKeysNone')} />
      ) : (
        <List
          dataSource={suspected}
          rowKey={(q) => `${q.questionId}-${q.version}`}
          renderItem={(q) => {
            const stale = q.current === false;
            return (
              <List.Item
                actions={
                  can('ORGANIZER')
                    ? [
                        <Button key="fix" size="small" type={stale ? 'default' : 'primary'} onClick={() => setOpen(q)}>
                          {stale ? t('regrade') : t('keyFixTitle')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <Typography.Text strong>{q.code}</Typography.Text>
                      <Tag>v{q.version}</Tag>
                      {stale && <Tag color="orange">{t('suspectedKeysOldVersion')}</Tag>}
                    </Space>
                  }
                  description={
                    <>
                      {/* a sentence, not a tag: it wraps on a phone */}
                      <Typography.Paragraph type="danger" style={{ marginBottom: 4 }}>
                        {lang === 'en' ? q.reasonEn : q.reason}
                      </Typography.Paragraph>
                      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
                        {q.text}
                      </Typography.Paragraph>
                      <Space wrap size={4}>
                        {(q.options ?? []).map((o) => (
                          <Tag key={o.letter} color={o.key ? 'blue' : undefined} title={o.text}>
                            {o.letter}: {o.chosen}
                            {o.key ? ` (${t('correctAnswer').toLowerCase()})` : ''}
                          </Tag>
                        ))}
                      </Space>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <KeyFixDialog
        questionId={open?.questionId ?? null}
        roundId={roundId}
        staleVersionId={open?.current === false ? open.versionId : undefined}
        chosen={open?.options}
        onClose={(changed) => {
          setOpen(null);
          if (changed) onChanged();
        }}
      />
    </Card>
  );
}
