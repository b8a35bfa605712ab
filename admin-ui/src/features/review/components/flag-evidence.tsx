import { ClockCircleOutlined, CopyOutlined, DesktopOutlined, GlobalOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Flag } from '@/features/review/api/review';
import type { MessageKey } from '@/config/messages';
import { fill, seconds } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

const KINDS: Record<string, { title: MessageKey; icon: ReactNode; color: string }> = {
  FAST_FINISH: { title: 'flagFastFinish', icon: <ClockCircleOutlined />, color: 'orange' },
  SHARED_ADDRESS: { title: 'flagSharedAddress', icon: <GlobalOutlined />, color: 'gold' },
  SHARED_DEVICE: { title: 'flagSharedDevice', icon: <DesktopOutlined />, color: 'volcano' },
  IDENTICAL_ANSWERS: { title: 'flagIdenticalAnswers', icon: <CopyOutlined />, color: 'red' },
};

/**
 * One flag told as a sentence a civil servant can weigh: what was seen, against which threshold,
 * and which other accounts it ties this one to (by name where the queue knows them).
 */
export function FlagEvidence({ flag, names }: { flag: Flag; names: Map<number, string | null> }) {
  const { t, lang } = useI18n();
  const kind = KINDS[flag.kind];
  const e = flag.evidence ?? {};
  let sentence: string;
  switch (flag.kind) {
    case 'FAST_FINISH':
      sentence = fill(t('evidenceFastFinish'), {
        questions: e.questionCount,
        duration: seconds(e.durationMs, lang),
        threshold: seconds(e.thresholdMs, lang),
        correct: e.correctCount,
        attempt: e.attemptId,
      });
      break;
    case 'SHARED_ADDRESS':
      sentence = fill(t('evidenceSharedAddress'), { accounts: e.accounts, tag: e.address });
      break;
    case 'SHARED_DEVICE':
      sentence = fill(t('evidenceSharedDevice'), { accounts: e.accounts, tag: e.device });
      break;
    case 'IDENTICAL_ANSWERS':
      sentence = fill(t('evidenceIdenticalAnswers'), {
        others: e.otherAccounts?.length ?? 0,
        answered: e.answered,
        wrong: e.sharedWrongAnswers,
        attempts: (e.attemptIds ?? []).map((id) => `#${id}`).join(', '),
      });
      break;
    default:
      sentence = JSON.stringify(e);
  }
  if (e.sameUnitAccounts && (flag.kind === 'SHARED_ADDRESS' || flag.kind === 'SHARED_DEVICE')) {
    sentence += ' ' + fill(t('evidenceSameUnit'), { n: e.sameUnitAccounts });
  }
  const others = e.otherAccounts ?? [];
  return (
    <div data-testid={`flag-${flag.kind}`} style={{ marginBottom: 8 }}>
      <Space align="start" wrap>
        <Tag color={kind?.color ?? 'default'} icon={kind?.icon}>
          {kind ? t(kind.title) : flag.kind}
        </Tag>
      </Space>
      <Typography.Paragraph style={{ margin: '4px 0 0' }}>{sentence}</Typography.Paragraph>
      {others.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('relatedAccounts')}:{' '}
          {others.map((id) => (
            <Tag key={id} style={{ marginBottom: 4 }}>
              {names.get(id) ? `${names.get(id)} (#${id})` : `#${id}`}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}
    </div>
  );
}
