import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, InputNumber, List, Select, Space, Table, Typography } from 'antd';
import type { DrawRule } from '@/features/contests/api/types';
import type { PoolTopic } from '@/features/contests/api/get-pool';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { labelOf } from '@/lib/labels-b';

const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const;
const KEY: Record<string, keyof PoolTopic> = { EASY: 'easy', MEDIUM: 'medium', HARD: 'hard' };

/** Questions in the pool that a rule (topic and/or difficulty; empty = any) can draw from. */
export function available(pool: PoolTopic[], rule: Pick<DrawRule, 'topicId' | 'difficulty'>): number {
  const topics = rule.topicId ? pool.filter((t) => t.id === rule.topicId) : pool;
  const levels = rule.difficulty ? [rule.difficulty] : DIFFICULTIES;
  return topics.reduce((sum, t) => sum + levels.reduce((s, d) => s + Number(t[KEY[d]] ?? 0), 0), 0);
}

type Props = {
  value?: DrawRule[];
  onChange?: (rules: DrawRule[]) => void;
  pool: PoolTopic[];
  questionCount: number;
  disabled?: boolean;
};

/**
 * Quotas of a round's draw (rút câu hỏi): each row a topic and/or a difficulty with how many
 * questions to take and, beside it, how many the pool has; the total is checked against the
 * round's question count as it is typed. The rest of the count is drawn from the whole bank.
 * Columns are a list, so another criterion (an audience) is one more entry.
 */
export function DrawRulesEditor({ value = [], onChange, pool, questionCount, disabled }: Props) {
  const { t, lang } = useI18n();
  const screens = Grid.useBreakpoint();
  const rules = value;
  const set = (index: number, patch: Partial<DrawRule>) => onChange?.(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const total = rules.reduce((sum, r) => sum + (Number(r.count) || 0), 0);
  const poolSize = available(pool, {});
  const biggest = [...pool].sort((a, b) => available(pool, { topicId: b.id }) - available(pool, { topicId: a.id }))[0];
  const over = total > questionCount;
  const rest = Math.max(0, questionCount - total);

  const rows = rules.map((r, index) => ({ ...r, index }));
  const topicSelect = (r: DrawRule & { index: number }) => (
    <Select
      aria-label={t('drawTopic')}
      style={{ width: '100%', minWidth: 160 }}
      disabled={disabled}
      value={r.topicId ?? 0}
      onChange={(topicId: number) => set(r.index, { topicId: topicId || null, topic: null })}
      options={[{ value: 0, label: t('drawAnyTopic') }, ...pool.map((p) => ({ value: p.id, label: p.name }))]}
    />
  );
  const difficultySelect = (r: DrawRule & { index: number }) => (
    <Select
      aria-label={t('difficulty')}
      style={{ width: '100%', minWidth: 120 }}
      disabled={disabled}
      value={r.difficulty ?? ''}
      onChange={(difficulty: string) => set(r.index, { difficulty: difficulty || null })}
      options={[{ value: '', label: t('drawAnyDifficulty') }, ...DIFFICULTIES.map((d) => ({ value: d, label: labelOf('difficulty', d, lang) }))]}
    />
  );
  const countInput = (r: DrawRule & { index: number }) => (
    <InputNumber
      aria-label={t('drawCount')}
      min={1}
      max={200}
      disabled={disabled}
      value={r.count}
      status={Number(r.count) > available(pool, r) ? 'error' : undefined}
      onChange={(count) => set(r.index, { count: Number(count) || 0 })}
    />
  );
  const availableCell = (r: DrawRule & { index: number }) => {
    const n = available(pool, r);
    if (!r.topicId && !r.difficulty) {
      return (
        <Typography.Text type="danger" data-testid={`available-${r.index}`}>
          {t('drawNeedsCriterion')}
        </Typography.Text>
      );
    }
    return Number(r.count) > n ? (
      <Typography.Text type="danger" data-testid={`available-${r.index}`}>
        {fill(t('drawOnly'), { n })}
      </Typography.Text>
    ) : (
      <span data-testid={`available-${r.index}`}>{n}</span>
    );
  };
  const removeButton = (r: DrawRule & { index: number }) => (
    <Button aria-label={t('drawRemove')} type="text" icon={<DeleteOutlined />} disabled={disabled} onClick={() => onChange?.(rules.filter((_, i) => i !== r.index))} />
  );

  return (
    <div data-testid="draw-rules">
      {!screens.md ? (
        // a phone stacks each quota: topic on its own line, then difficulty, count and what the pool has
        <List
          size="small"
          bordered
          dataSource={rows}
          locale={{ emptyText: t('drawNoRules') }}
          renderItem={(r) => (
            <List.Item style={{ display: 'block' }}>
              {topicSelect(r)}
              <Space wrap style={{ marginTop: 8 }}>
                {difficultySelect(r)}
                {countInput(r)}
                <span>
                  {t('drawAvailable')}: {availableCell(r)}
                </span>
                {removeButton(r)}
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Table<DrawRule & { index: number }>
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('drawNoRules') }}
          columns={[
            { title: t('drawTopic'), key: 'topic', render: (_, r) => topicSelect(r) },
            { title: t('difficulty'), key: 'difficulty', width: 150, render: (_, r) => difficultySelect(r) },
            { title: t('drawCount'), key: 'count', width: 110, render: (_, r) => countInput(r) },
            { title: t('drawAvailable'), key: 'available', width: 130, render: (_, r) => availableCell(r) },
            { title: '', key: 'remove', width: 48, render: (_, r) => removeButton(r) },
          ]}
        />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {/* a rule names a topic or a difficulty (the API refuses one with neither): a new one starts on the biggest topic */}
        <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => onChange?.([...rules, { topicId: biggest?.id ?? null, difficulty: biggest ? null : 'EASY', count: 1 }])}>
          {t('drawAdd')}
        </Button>
        <Typography.Text data-testid="draw-total" type={over ? 'danger' : undefined}>
          {fill(t('drawTotal'), { total, count: questionCount, rest, pool: poolSize })}
        </Typography.Text>
      </Space>
      {over && (
        <Alert style={{ marginTop: 8 }} type="error" showIcon role="alert" message={fill(t('drawOver'), { total, count: questionCount })} />
      )}
      {!over && poolSize < questionCount && (
        <Alert style={{ marginTop: 8 }} type="warning" showIcon message={fill(t('drawPoolSmall'), { pool: poolSize, count: questionCount })} />
      )}
    </div>
  );
}
