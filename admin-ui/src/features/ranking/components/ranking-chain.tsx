import { Space, Tag, Tooltip, Typography } from 'antd';
import type { DecidedBy, RankedEntry } from '@/features/ranking/api/ranking';
import type { MessageKey } from '@/config/messages';
import { fill, instant, seconds } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

/** The Vietnamese contest rule chain, in order. */
export const CHAIN: { link: Exclude<DecidedBy, 'LAST'>; label: MessageKey }[] = [
  { link: 'SCORE', label: 'linkScore' },
  { link: 'PREDICTION', label: 'linkPrediction' },
  { link: 'DURATION', label: 'linkDuration' },
  { link: 'SUBMISSION_TIME', label: 'linkSubmissionTime' },
  { link: 'ENTRY_ID', label: 'linkEntryId' },
];

/**
 * The chain with the link that decided the place marked: links before it were ties, links after
 * it were never needed. Without a prediction question that link is skipped.
 */
export function RankingChain({ decidedBy, predictionUsed }: { decidedBy: DecidedBy | string; predictionUsed: boolean }) {
  const { t } = useI18n();
  const at = CHAIN.findIndex((c) => c.link === decidedBy);
  return (
    <Space size={2} wrap aria-label={t('chainAria')}>
      {CHAIN.map((c, i) => {
        const skipped = c.link === 'PREDICTION' && !predictionUsed;
        const decisive = i === at;
        const tied = at >= 0 && i < at && !skipped;
        return (
          <Tooltip key={c.link} title={skipped ? t('linkNotUsed') : decisive ? t('linkDecisive') : tied ? t('linkTied') : t('linkNotNeeded')}>
            <Tag
              color={decisive ? 'blue' : undefined}
              data-decisive={decisive || undefined}
              style={{ opacity: decisive || tied ? 1 : 0.45, textDecoration: skipped ? 'line-through' : undefined, marginInlineEnd: 0 }}
            >
              {tied ? '= ' : ''}
              {t(c.label)}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

/** Why this entry sits above the next one, with both figures when the next one is known. */
export function chainExplanation(
  entry: RankedEntry,
  below: RankedEntry | undefined,
  predictionUsed: boolean,
  t: (k: MessageKey) => string,
  lang: string,
) {
  const values = {
    rank: entry.rank + 1,
    mine: '',
    theirs: '',
    tiedOn: predictionUsed ? t('tiedScoreAndPrediction') : t('tiedScore'),
  };
  let key: MessageKey;
  switch (entry.decidedBy) {
    case 'SCORE':
      key = 'whyScore';
      values.mine = String(entry.score);
      values.theirs = below ? String(below.score) : '';
      break;
    case 'PREDICTION':
      key = 'whyPrediction';
      values.mine = String(entry.predictionError ?? '—');
      values.theirs = below ? String(below.predictionError ?? '—') : '';
      break;
    case 'DURATION':
      key = 'whyDuration';
      values.mine = seconds(entry.durationMs, lang);
      values.theirs = below ? seconds(below.durationMs, lang) : '';
      break;
    case 'SUBMISSION_TIME':
      key = 'whySubmissionTime';
      values.mine = instant(entry.submittedAt, true);
      values.theirs = below ? instant(below.submittedAt, true) : '';
      break;
    case 'ENTRY_ID':
      key = 'whyEntryId';
      values.mine = `#${entry.attemptId}`;
      values.theirs = below ? `#${below.attemptId}` : '';
      break;
    default:
      return t('whyLast');
  }
  const sentence = fill(t(key), values);
  return below ? `${sentence} ${fill(t('whyCompare'), values)}` : sentence;
}

export function ChainLegend() {
  const { t } = useI18n();
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
      {t('chainLegend')}: {CHAIN.map((c) => t(c.label)).join(' → ')}
    </Typography.Paragraph>
  );
}
