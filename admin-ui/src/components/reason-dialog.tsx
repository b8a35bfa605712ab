import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

type Props = {
  open: boolean;
  title: ReactNode;
  /** what will happen, said before the reason is asked for */
  description?: ReactNode;
  okText: string;
  danger?: boolean;
  minLength?: number;
  maxLength: number;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
};

/**
 * Asks for the reason a decision needs (the audit log keeps it); the API's own complaint about
 * the reason shows under the field, anything else above it.
 */
export function ReasonDialog({ open, title, description, okText, danger, minLength = 5, maxLength, onSubmit, onClose }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // each opening starts clean: the last complaint goes as the dialog opens, not one render later
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setError(null);
  }

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (e) {
      const fields = fieldErrors(e, lang);
      form.setFields(fields as never);
      if (!fields.length) setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {description && <div style={{ marginBottom: 12 }}>{description}</div>}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            { min: minLength, max: maxLength, message: fill(t('reasonLength'), { min: minLength, max: maxLength }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={maxLength} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
