import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Drawer, Form, Input, Radio, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { bankQuery, createQuestion } from '@/features/questions/api/create-question';
import type { QuestionBody } from '@/features/questions/api/questions';
import { useI18n } from '@/lib/i18n';
import { useSave } from '@/lib/use-save';

const LETTERS = 'ABCDEF';
/** What the bank validator accepts (BankValidator.MIN_OPTIONS / MAX_OPTIONS). */
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;
const EMPTY: QuestionBody = { difficulty: 'MEDIUM', options: ['', '', '', ''] };

type Props = { bankId: number; open: boolean; onClose: (created: boolean) => void };

/**
 * A new question typed in by hand. The server checks it with the same rules as a file upload
 * (against the rest of the bank, so a repeat is refused) and its complaints land on their fields.
 */
export function QuestionForm({ bankId, open, onClose }: Props) {
  const { t, lang } = useI18n();
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<QuestionBody>();
  const { busy, error, setError, run } = useSave(form);
  const bank = useQuery({ ...bankQuery(bankId), enabled: open });
  const options: string[] = Form.useWatch('options', form) ?? [];
  const key = Form.useWatch('correctIndex', form) ?? undefined;

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form, setError]);
  useEffect(() => {
    // removing the option that was the key leaves no key rather than another one
    if (key !== undefined && key >= options.length) form.setFieldValue('correctIndex', undefined);
  }, [key, options.length, form]);

  const save = async (values: QuestionBody) => {
    await run(async () => {
      const created = await createQuestion(bankId, values);
      message.success(`${t('questionCreated')}: ${created.question.code}`);
      const warnings = created.warnings ?? [];
      if (warnings.length) {
        notification.warning({
          message: t('warnings'),
          description: warnings.map((w) => (lang === 'en' ? w.messageEn : w.message)).join(' · '),
        });
      }
      onClose(true);
    });
  };

  return (
    <Drawer
      open={open}
      title={t('newQuestion')}
      width={Math.min(720, window.innerWidth)}
      onClose={() => onClose(false)}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={() => onClose(false)}>{t('cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {t('save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={EMPTY} onFinish={save} requiredMark="optional">
        <Form.Item name="text" label={t('text')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="options">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Form.Item key={field.key} label={`${t('options')} ${LETTERS[i]}`} required>
                  <Space.Compact style={{ width: '100%' }}>
                    <Form.Item name={field.name} noStyle rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input aria-label={`${t('options')} ${LETTERS[i]}`} />
                    </Form.Item>
                    <Button
                      icon={<MinusCircleOutlined />}
                      aria-label={`${t('removeOption')} ${LETTERS[i]}`}
                      disabled={fields.length <= MIN_OPTIONS}
                      onClick={() => remove(field.name)}
                    />
                  </Space.Compact>
                </Form.Item>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_OPTIONS} onClick={() => add('')}>
                  {t('addOption')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="correctIndex" label={t('correctAnswer')} rules={[{ required: true, message: t('chooseKey') }]}>
          <Radio.Group options={options.map((_, i) => ({ value: i, label: LETTERS[i] }))} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="topic" label={t('topic')} style={{ minWidth: 260 }}>
            <AutoComplete
              allowClear
              options={(bank.data?.topics ?? []).map((topic) => ({ value: topic.name }))}
              filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
            />
          </Form.Item>
          <Form.Item name="difficulty" label={t('difficulty')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'EASY', label: t('difficultyEasy') },
                { value: 'MEDIUM', label: t('difficultyMedium') },
                { value: 'HARD', label: t('difficultyHard') },
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item name="code" label={t('code')} extra={t('codeHint')}>
          <Input style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="explanation" label={t('explanation')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="source" label={t('source')}>
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
