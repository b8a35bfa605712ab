import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { correctRegistration } from '@/features/support/api/correct-registration';
import type { ContestantFile, CorrectableField } from '@/features/support/api/types';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { labelOptions } from '@/lib/labels';
import { useSave } from '@/lib/use-save';

type Props = {
  accountId: number;
  /** the field being corrected and its label; null when closed */
  field: { name: CorrectableField; label: string; current: string } | null;
  onSaved: (file: ContestantFile) => void;
  onClose: () => void;
};

type Values = { value: string; reason: string };

/**
 * Corrects one registration field with a reason. The API reports the new value's problem at
 * "value" and the reason's at "reason": each lands under its own field.
 */
export function CorrectDialog({ accountId, field, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSave(form);

  useEffect(() => {
    if (field) {
      form.resetFields();
      form.setFieldsValue({ value: field.current, reason: '' });
      setError(null);
    }
  }, [field, form, setError]);

  const save = (values: Values) =>
    run(async () => {
      if (!field) return;
      onSaved(await correctRegistration(accountId, field.name, values.value?.trim() ?? '', values.reason?.trim() ?? ''));
      onClose();
    });

  return (
    <Modal
      open={field !== null}
      title={fill(t('supportCorrectTitle'), { field: field?.label.toLocaleLowerCase('vi') ?? '' })}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div style={{ marginBottom: 12 }}>{t('supportCorrectHelp')}</div>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="value"
          label={field ? `${t('supportNewValue')}: ${field.label}` : t('supportNewValue')}
          extra={field?.name === 'birthDate' ? t('supportBirthDateHint') : undefined}
        >
          {field?.name === 'group' ? (
            <Select options={labelOptions('participantGroup')} />
          ) : (
            <Input maxLength={200} autoFocus />
          )}
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            { min: 5, max: 500, message: fill(t('reasonLength'), { min: 5, max: 500 }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
