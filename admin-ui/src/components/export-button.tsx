import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

type Format = 'xlsx' | 'csv';
type Values = { format: Format; unmasked?: boolean; reason?: string };

type Props = {
  label: string;
  /** false for files with nothing personal in them (the collective prizes) */
  personalData?: boolean;
  disabled?: boolean;
  onExport: (format: Format, unmaskedReason?: string) => Promise<void>;
};

/**
 * A download as .xlsx or .csv. Citizen ID and phone come masked; only the committee chair or an
 * ADMIN may ask for them in clear, and must say why (the export is audited with the reason).
 */
export function ExportButton({ label, personalData = true, disabled, onExport }: Props) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const unmasked = Form.useWatch('unmasked', form);
  const mayUnmask = personalData && can('COMMITTEE_CHAIR');

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await onExport(values.format, values.unmasked ? values.reason?.trim() : undefined);
      setOpen(false);
    } catch (e) {
      const fields = fieldErrors(e, lang);
      form.setFields(fields as never);
      setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        disabled={disabled}
        onClick={() => {
          form.resetFields();
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Modal
        open={open}
        title={label}
        okText={t('download')}
        cancelText={t('cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ format: 'xlsx', unmasked: false }}>
          <Form.Item name="format" label={t('fileFormat')}>
            <Radio.Group
              options={[
                { value: 'xlsx', label: 'Excel (.xlsx)' },
                { value: 'csv', label: 'CSV (.csv)' },
              ]}
            />
          </Form.Item>
          {personalData && <Alert type="info" showIcon message={t('exportMasked')} style={{ marginBottom: 12 }} />}
          {mayUnmask && (
            <>
              <Form.Item name="unmasked" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('exportUnmasked')}</Checkbox>
              </Form.Item>
              {unmasked && (
                <Form.Item
                  name="reason"
                  label={t('reason')}
                  rules={[
                    { required: true, whitespace: true, message: t('reasonRequired') },
                    { min: 5, max: 500, message: fill(t('reasonLength'), { min: 5, max: 500 }) },
                  ]}
                  extra={t('exportUnmaskedHelp')}
                >
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
              )}
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
