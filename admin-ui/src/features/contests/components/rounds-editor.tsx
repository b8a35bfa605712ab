import { App, Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { createRound, duplicateRound, publishRound, updateRound } from '@/features/contests/api/contests';
import { poolQuery } from '@/features/contests/api/get-pool';
import { RoundAudienceField } from '@/features/contests/components/round-audience-field';
import type { Contest, DrawRuleBody, Round, RoundBody } from '@/features/contests/api/types';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';
import { formatVn, fromPicker, toPicker, vnNowPicker } from '@/lib/vn-time';
import { DrawRulesEditor } from './draw-rules-editor';
import { RoundPreviewDialog } from './round-preview';

/** The form keeps the time limit in minutes, as organizers think of it; the API takes seconds. */
type Values = Omit<RoundBody, 'opensAt' | 'closesAt' | 'timeLimitSeconds' | 'drawRules'> & {
  drawRules?: DrawRuleBody[];
  opensAt?: Dayjs;
  closesAt?: Dayjs;
  timeLimitMinutes?: number;
};

const DEFAULTS: Values = {
  questionCount: 10,
  timeLimitMinutes: 10,
  attemptsAllowed: 1,
  countingRule: 'BEST',
  pointsPerQuestion: 10,
  graceSeconds: 30,
  prediction: { kind: 'NONE' },
  leaderboardVisible: true,
  drawRules: [],
  audience: 'ALL',
};

/** The contest's rounds (đợt thi), each edited in a dialog that shows the API's complaints at the field. */
export function RoundsEditor({ contest, onChanged }: { contest: Contest; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<Round | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [previewing, setPreviewing] = useState<Round | null>(null);
  const pool = useQuery(poolQuery(contest.bankId));
  const questionCount = Form.useWatch('questionCount', form) ?? 0;

  const open = (round: Round | 'new') => {
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      round === 'new'
        ? {
            ...DEFAULTS,
            name: `${lang === 'en' ? 'Round' : 'Đợt'} ${(contest.rounds ?? []).length + 1}`,
            // a week from tomorrow morning: the usual shape of a round, adjusted rather than typed
            opensAt: vnNowPicker().add(1, 'day').startOf('day').add(8, 'hour'),
            closesAt: vnNowPicker().add(8, 'day').startOf('day').add(8, 'hour'),
          }
        : {
            ...round,
            drawRules: (round.drawRules ?? []).map((r) => ({ topicId: r.topicId ?? null, difficulty: r.difficulty ?? null, count: r.count })),
            timeLimitMinutes: round.timeLimitSeconds / 60,
            opensAt: toPicker(round.opensAt) ?? undefined,
            closesAt: toPicker(round.closesAt) ?? undefined,
          },
    );
    setEditing(round);
  };

  const save = async (values: Values) => {
    const { timeLimitMinutes, ...rest } = values;
    const body: RoundBody = {
      ...rest,
      drawRules: (values.drawRules ?? []).map((r) => ({ topicId: r.topicId ?? null, difficulty: r.difficulty ?? null, count: r.count })),
      timeLimitSeconds: timeLimitMinutes === undefined || timeLimitMinutes === null ? undefined : Math.round(Number(timeLimitMinutes) * 60),
      // the pickers show Vietnam's wall clock, whatever this computer's zone
      opensAt: fromPicker(values.opensAt) ?? undefined,
      closesAt: fromPicker(values.closesAt) ?? undefined,
    };
    try {
      if (editing === 'new') await createRound(contest.id, body);
      else if (editing) await updateRound(editing.id, body);
      message.success(t('saved'));
      setEditing(null);
      onChanged();
    } catch (e) {
      form.setFields(fieldErrors(e, lang) as never);
      setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    }
  };

  const togglePublish = async (round: Round) => {
    try {
      await publishRound(round.id, round.status === 'DRAFT');
      message.success(t('saved'));
      onChanged();
    } catch (e) {
      const problems = e instanceof ApiError ? e.errors.map((f) => (lang === 'en' ? f.messageEn ?? f.message : f.message)) : [];
      modal.error({ title: e instanceof ApiError ? e.text(lang) : t('loadFailed'), content: problems.length ? <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul> : null });
    }
  };

  const duplicate = async (round: Round) => {
    try {
      await duplicateRound(round.id);
      message.success(t('duplicated'));
      onChanged();
    } catch (e) {
      modal.error({ title: e instanceof ApiError ? e.text(lang) : t('loadFailed') });
    }
  };

  const locked = editing !== 'new' && editing?.locked;
  // a closed round's end is history: its dialog does not offer to move it
  const closed = editing !== 'new' && editing?.status === 'CLOSED';

  return (
    <Card title={t('rounds')} style={{ marginTop: 16 }} extra={<Button onClick={() => open('new')}>{t('newRound')}</Button>}>
      <Table
        rowKey="id"
        dataSource={contest.rounds ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 50 },
          { title: t('name'), dataIndex: 'name' },
          { title: t('opensAt'), dataIndex: 'opensAt', render: (v: string) => formatVn(v) },
          { title: t('closesAt'), dataIndex: 'closesAt', render: (v: string) => formatVn(v) },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={s === 'DRAFT' ? 'default' : s === 'CLOSED' ? 'blue' : 'green'}>{label('roundStatus', s)}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            render: (_, round) => (
              <Space wrap>
                <Button size="small" onClick={() => open(round)}>
                  {t('edit')}
                </Button>
                <Button size="small" onClick={() => setPreviewing(round)}>
                  {t('previewRound')}
                </Button>
                <Button size="small" onClick={() => duplicate(round)}>
                  {t('duplicate')}
                </Button>
                {round.status !== 'CLOSED' && (
                  <Button size="small" type={round.status === 'DRAFT' ? 'primary' : 'default'} onClick={() => togglePublish(round)}>
                    {round.status === 'DRAFT' ? t('publish') : t('unpublish')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('newRound') : editing?.name}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('save')}
        cancelText={t('cancel')}
        width={820}
        destroyOnHidden
      >
        {locked && <Alert type="warning" message={t('locked')} style={{ marginBottom: 12 }} />}
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label={t('name')}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="opensAt" label={t('opensAt')}>
              <DatePicker showTime format="DD/MM/YYYY HH:mm" disabled={!!locked} />
            </Form.Item>
            <Form.Item name="closesAt" label={t('closesAt')}>
              <DatePicker showTime format="DD/MM/YYYY HH:mm" disabled={closed} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="questionCount" label={t('questionCount')}>
              <InputNumber disabled={!!locked} />
            </Form.Item>
            <Form.Item name="timeLimitMinutes" label={t('timeLimitMinutes')}>
              <InputNumber min={0.5} max={240} step={1} disabled={!!locked} />
            </Form.Item>
            <Form.Item name="attemptsAllowed" label={t('attemptsAllowed')}>
              <InputNumber disabled={!!locked} />
            </Form.Item>
            <Form.Item name="pointsPerQuestion" label={t('pointsPerQuestion')}>
              <InputNumber disabled={!!locked} />
            </Form.Item>
            <Form.Item name="graceSeconds" label={t('graceSeconds')}>
              <InputNumber disabled={!!locked} />
            </Form.Item>
          </Space>
          <RoundAudienceField disabled={!!locked} />
          <Form.Item name="drawRules" label={t('drawRules')}>
            <DrawRulesEditor pool={pool.data ?? []} questionCount={Number(questionCount) || 0} disabled={!!locked} />
          </Form.Item>
          <Form.Item name="countingRule" label={t('countingRule')}>
            <Select
              disabled={!!locked}
              options={[
                { value: 'BEST', label: lang === 'en' ? 'Best attempt' : 'Lượt cao nhất' },
                { value: 'LAST', label: lang === 'en' ? 'Last attempt' : 'Lượt cuối' },
                { value: 'FIRST', label: lang === 'en' ? 'First attempt' : 'Lượt đầu' },
              ]}
            />
          </Form.Item>
          <Form.Item name={['prediction', 'kind']} label={t('predictionKind')}>
            <Select
              disabled={!!locked}
              options={[
                { value: 'NONE', label: lang === 'en' ? 'None' : 'Không có' },
                { value: 'PARTICIPANTS', label: lang === 'en' ? 'How many take part' : 'Bao nhiêu người tham gia' },
                { value: 'ALL_CORRECT', label: lang === 'en' ? 'How many get all right' : 'Bao nhiêu người trả lời đúng hết' },
              ]}
            />
          </Form.Item>
          <Form.Item name={['prediction', 'prompt']} label={t('predictionPrompt')}>
            <Input />
          </Form.Item>
          <Form.Item name="leaderboardVisible" valuePropName="checked">
            <Checkbox>{t('leaderboardVisible')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
      {previewing && <RoundPreviewDialog round={previewing} onClose={() => setPreviewing(null)} />}
    </Card>
  );
}
