import { Alert, Button, Flex, Form, Input, Modal, Radio, Select, Spin, Steps, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getContest, listContests } from '@/features/contests';
import { fixKey } from '@/features/questions/api/fix-key';
import { questionQuery, type Question } from '@/features/questions/api/questions';
import { regradeRound, type RegradeSummary as Summary } from '@/features/questions/api/regrade';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { RegradeSummary } from './regrade-summary';

const LETTERS = 'ABCDEF';

/** How often each option was chosen in the round, as the question statistics count it. */
export type ChosenCount = { letter: string; chosen: number };

type Props = {
  /** the dialog is open while this is set */
  questionId: number | null;
  /** from a round's statistics: the round to regrade (otherwise the organizer picks one) */
  roundId?: number;
  /** the version whose key was wrong, when the key has been fixed already: straight to the regrade */
  staleVersionId?: number;
  chosen?: ChosenCount[];
  onClose: (changed: boolean) => void;
};

type RoundChoice = { value: number; label: string };

/** Rounds of the contests that draw from the bank: the ones a wrong key may have graded. */
async function roundsOfBank(bankId: number, live: number[]): Promise<RoundChoice[]> {
  const contests = (await listContests()).filter((c) => c.bankId === bankId);
  const details = await Promise.all(contests.map((c) => getContest(c.id)));
  const choices = details.flatMap((c) => (c.rounds ?? []).map((r) => ({ value: r.id, label: `${c.name} · ${r.seq}. ${r.name}` })));
  // rounds live right now come first: they are the likely ones
  return [...choices.filter((r) => live.includes(r.value)), ...choices.filter((r) => !live.includes(r.value))];
}

/**
 * Sửa đáp án rồi chấm lại: fixes a question's key (a new version, with the reason, allowed while
 * live rounds use it), then regrades a round's attempts that showed the old version and shows what
 * changed. The two steps stay separate on the server; here they follow each other.
 */
export function KeyFixDialog({ questionId, roundId, staleVersionId, chosen, onClose }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ correctIndex: number; reason: string }>();
  const detail = useQuery({ ...questionQuery(questionId ?? 0), enabled: !!questionId });
  const question = detail.data?.question;
  const [fixed, setFixed] = useState<{ from: Question; to: Question } | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [round, setRound] = useState<number | undefined>(roundId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fromVersionId = fixed?.from.versionId ?? staleVersionId;
  const step = summary ? 2 : fromVersionId ? 1 : 0;
  const rounds = useQuery({
    queryKey: queryKeys.questions.rounds(question?.id ?? 0),
    queryFn: () => roundsOfBank(question!.bankId, question!.lockedBy ?? []),
    enabled: !!question && roundId === undefined && step === 1,
  });

  // another question (or round) starts the dialog over
  const [shownFor, setShownFor] = useState({ questionId, roundId });
  if (shownFor.questionId !== questionId || shownFor.roundId !== roundId) {
    setShownFor({ questionId, roundId });
    setFixed(null);
    setSummary(null);
    setError(null);
    setRound(roundId);
  }
  useEffect(() => form.resetFields(), [questionId, roundId, form]);

  const fail = (e: unknown) => {
    form.setFields(fieldErrors(e, lang) as never);
    setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
  };
  const submitKey = async ({ correctIndex, reason }: { correctIndex: number; reason: string }) => {
    if (!question) return;
    setBusy(true);
    setError(null);
    try {
      const result = await fixKey(question.id, correctIndex, reason);
      setFixed({ from: question, to: result.question });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const regrade = async () => {
    if (!round || !fromVersionId) return;
    setBusy(true);
    setError(null);
    try {
      setSummary(await regradeRound(round, fromVersionId));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const close = () => onClose(fixed !== null || summary !== null);
  const count = (i: number) => chosen?.find((c) => c.letter === LETTERS[i])?.chosen;

  return (
    <Modal open={questionId !== null} title={t('keyFixTitle')} onCancel={close} width={720} footer={null} destroyOnHidden>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 16 }}
        items={[{ title: t('keyFixStepKey') }, { title: t('keyFixStepRegrade') }, { title: t('stepDone') }]}
      />
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {!question && <Spin />}
      {question && (
        <Typography.Paragraph>
          <Typography.Text strong>{question.code}</Typography.Text> · v{question.version} — {question.text}
        </Typography.Paragraph>
      )}
      {question && step === 0 && (
        <Form form={form} layout="vertical" onFinish={submitKey} requiredMark={false}>
          <Form.Item name="correctIndex" label={t('keyFixNewKey')} rules={[{ required: true, message: t('chooseKey') }]}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {question.options.map((option, i) => (
                <Radio key={i} value={i} disabled={i === question.correctIndex}>
                  {LETTERS[i]}. {option}{' '}
                  {i === question.correctIndex && <Tag color="blue">{t('keyFixCurrentKey')}</Tag>}
                  {count(i) !== undefined && (
                    <Typography.Text type="secondary">
                      ({count(i)} {t('keyFixChosen')})
                    </Typography.Text>
                  )}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="reason" label={t('keyFixReason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
          <Flex justify="end" gap="small" wrap>
            <Button onClick={close}>{t('cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('keyFixSubmit')}
            </Button>
          </Flex>
        </Form>
      )}
      {question && step === 1 && (
        <>
          {fixed ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              message={`${t('keyFixDone')}: ${LETTERS[fixed.from.correctIndex]} → ${LETTERS[fixed.to.correctIndex]} (v${fixed.to.version})`}
            />
          ) : (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('keyFixAlreadyFixed')} />
          )}
          <Typography.Paragraph type="secondary">{t('regradeExplain')}</Typography.Paragraph>
          {roundId === undefined && (
            <Select
              aria-label={t('round')}
              placeholder={t('chooseRound')}
              style={{ width: '100%', marginBottom: 12 }}
              loading={rounds.isFetching}
              value={round}
              onChange={setRound}
              options={rounds.data ?? []}
            />
          )}
          <Flex justify="end" gap="small" wrap>
            <Button onClick={close}>{t('regradeLater')}</Button>
            <Button type="primary" disabled={!round} loading={busy} onClick={regrade}>
              {t('regrade')}
            </Button>
          </Flex>
        </>
      )}
      {step === 2 && summary && (
        <>
          <RegradeSummary summary={summary} />
          <Flex justify="end" style={{ marginTop: 16 }}>
            <Button type="primary" onClick={close}>
              {t('close')}
            </Button>
          </Flex>
        </>
      )}
    </Modal>
  );
}
