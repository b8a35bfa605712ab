import { App, Alert, Button, Drawer, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { questionQuery, setRetired, updateQuestion, type QuestionBody } from '@/features/questions/api/questions';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { KeyFixDialog } from './key-fix-dialog';
import { labelOptions } from '@/lib/labels';
import { formatVn } from '@/lib/vn-time';

const LETTERS = 'ABCDEFGH';

/** One question: every save makes a new version, listed below the form. */
export function QuestionEditor({ questionId, onClose }: { questionId: number | null; onClose: (changed: boolean) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<QuestionBody>();
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [fixingKey, setFixingKey] = useState(false);
  const detail = useQuery({ ...questionQuery(questionId ?? 0), enabled: !!questionId });
  const question = detail.data?.question;

  // another question, or a new version of this one, starts clean
  const [shown, setShown] = useState(question);
  if (shown !== question) {
    setShown(question);
    setError(null);
    setChanged(false);
  }
  useEffect(() => {
    if (question) form.setFieldsValue(question);
  }, [question, form]);

  const fail = (e: unknown) => {
    form.setFields(fieldErrors(e, lang) as never);
    setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
  };
  const save = async (values: QuestionBody) => {
    if (!questionId) return;
    setError(null);
    try {
      await updateQuestion(questionId, { ...question, ...values });
      message.success(t('saved'));
      setChanged(true);
      void detail.refetch();
    } catch (e) {
      fail(e);
    }
  };
  const retire = async () => {
    if (!question) return;
    try {
      await setRetired(question.id, question.status !== 'RETIRED');
      setChanged(true);
      void detail.refetch();
    } catch (e) {
      fail(e);
    }
  };
  const options = Form.useWatch('options', form) ?? question?.options ?? [];

  return (
    <Drawer open={questionId !== null} width={Math.min(720, window.innerWidth)} title={question ? `${question.code} · v${question.version}` : ''} onClose={() => onClose(changed)} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {question && (question.lockedBy ?? []).length > 0 && (
        <Alert type="warning" style={{ marginBottom: 12 }} message={lang === 'en' ? 'Used by a live round: only the wording may change.' : 'Câu hỏi đang dùng trong đợt thi: chỉ sửa được câu chữ.'} />
      )}
      <Form form={form} layout="vertical" onFinish={save}>
        <Space wrap>
          <Form.Item name="topic" label={t('topic')}>
            <Input />
          </Form.Item>
          <Form.Item name="difficulty" label={t('difficulty')}>
            <Radio.Group options={labelOptions('difficulty')} optionType="button" />
          </Form.Item>
        </Space>
        <Form.Item name="text" label={t('text')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="options">
          {(fields) =>
            fields.map((field, i) => (
              <Form.Item key={field.key} name={field.name} label={`${t('options')} ${LETTERS[i]}`}>
                <Input />
              </Form.Item>
            ))
          }
        </Form.List>
        <Form.Item name="correctIndex" label={t('correctAnswer')}>
          <Radio.Group options={options.map((_: string, i: number) => ({ value: i, label: LETTERS[i] }))} />
        </Form.Item>
        <Form.Item name="explanation" label={t('explanation')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="source" label={t('source')}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('save')}
          </Button>
          <Button danger={question?.status !== 'RETIRED'} onClick={retire}>
            {question?.status === 'RETIRED' ? t('restore') : t('retire')}
          </Button>
          <Button onClick={() => setFixingKey(true)} disabled={!question}>
            {t('keyFixTitle')}
          </Button>
        </Space>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('versions')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="versionId"
        pagination={false}
        dataSource={detail.data?.versions}
        columns={[
          { title: t('version'), dataIndex: 'version', width: 80, render: (v: number) => <Tag>v{v}</Tag> },
          { title: t('text'), dataIndex: 'text', ellipsis: true },
          { title: t('correctAnswer'), dataIndex: 'correctIndex', width: 90, render: (i: number) => LETTERS[i] },
          { title: t('time'), dataIndex: 'createdAt', width: 140, render: (at: string) => formatVn(at) },
        ]}
      />
      <KeyFixDialog
        questionId={fixingKey && question ? question.id : null}
        onClose={(fixed) => {
          setFixingKey(false);
          if (fixed) {
            setChanged(true);
            void detail.refetch();
          }
        }}
      />
    </Drawer>
  );
}
