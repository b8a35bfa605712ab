import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Modal, Radio, Space, Spin, Typography } from 'antd';
import { previewQuery } from '@/features/contests/api/contests';
import type { Round } from '@/features/contests/api/types';
import { ApiError } from '@/lib/api-client';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

/** Xem thử: one draw of the round as a contestant sees it; nothing is stored and no key is sent. */
export function RoundPreviewDialog({ round, onClose }: { round: Round; onClose: () => void }) {
  const { t, lang } = useI18n();
  const preview = useQuery(previewQuery(round.id));
  const p = preview.data;
  return (
    <Modal
      open
      title={`${t('previewTitle')} — ${round.name}`}
      onCancel={onClose}
      width={760}
      footer={[
        <Button key="again" icon={<ReloadOutlined />} onClick={() => void preview.refetch()}>
          {t('previewDrawAgain')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('cancel')}
        </Button>,
      ]}
    >
      <Alert type="info" showIcon message={t('previewHelp')} style={{ marginBottom: 12 }} />
      {preview.error != null && (
        <Alert type="error" showIcon role="alert" message={preview.error instanceof ApiError ? preview.error.text(lang) : t('loadFailed')} />
      )}
      {preview.isFetching && !p && <Spin />}
      {p && (
        <div data-testid="round-preview">
          <Typography.Text type="secondary">
            {fill(t('previewMinutes'), { n: p.questions.length, minutes: Math.round(p.timeLimitSeconds / 60) })}
          </Typography.Text>
          <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
            {p.questions.map((q, i) => (
              <Card key={`${q.id}-${i}`} size="small" title={`${lang === 'en' ? 'Question' : 'Câu'} ${i + 1}`}>
                <p style={{ marginTop: 0 }}>{q.text}</p>
                <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                  {q.options.map((o, j) => (
                    <Radio key={o.id} value={o.id}>
                      {String.fromCharCode(65 + j)}. {o.text}
                    </Radio>
                  ))}
                </Radio.Group>
              </Card>
            ))}
            {p.prediction?.prompt && <Alert type="warning" message={p.prediction.prompt} />}
          </Space>
        </div>
      )}
    </Modal>
  );
}
