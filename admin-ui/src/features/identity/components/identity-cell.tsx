import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { formatVn } from '@/lib/vn-time';
import { VERIFICATION_METHODS, verifyIdentity, type IdentityVerified, type VerificationMethod } from '@/features/identity/api/identity';

type Props = { accountId: number; name: string; verified: IdentityVerified | null; canVerify: boolean; onVerified: () => void };

/**
 * A winner's identity on the awards screen: who checked the papers, how and when — or, for the
 * committee, the button that records it (signing waits for every winner).
 */
export function IdentityCell({ accountId, name, verified, canVerify, onVerified }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ method: VerificationMethod; note: string }>();

  if (verified) {
    return (
      <div data-testid={`identity-${accountId}`}>
        <Tag color="green" icon={<SafetyCertificateOutlined />}>{t('identityVerified')}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {fill(t('identityVerifiedBy'), {
            method: t(`identityMethod${verified.method}` as never),
            name: verified.verifiedByName,
            at: formatVn(verified.verifiedAt),
          })}
        </Typography.Text>
      </div>
    );
  }

  const submit = async ({ method, note }: { method: VerificationMethod; note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await verifyIdentity(accountId, method, (note ?? '').trim());
      message.success(t('identityVerifiedDone'));
      setOpen(false);
      onVerified();
    } catch (e) {
      const fields = fieldErrors(e, lang);
      form.setFields(fields as never);
      if (!fields.length) setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={`identity-${accountId}`}>
      <Tag color="orange">{t('identityNotVerified')}</Tag>
      {canVerify && (
        <Button size="small" icon={<SafetyCertificateOutlined />} onClick={() => { form.resetFields(); setError(null); setOpen(true); }}>
          {t('identityVerify')}
        </Button>
      )}
      <Modal
        open={open}
        title={fill(t('identityVerifyTitle'), { name })}
        okText={t('identityVerify')}
        cancelText={t('cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('identityVerifyHelp')}</p>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ method: 'IN_PERSON' }}>
          <Form.Item name="method" label={t('identityMethod')} rules={[{ required: true }]}>
            <Select options={VERIFICATION_METHODS.map((m) => ({ value: m, label: t(`identityMethod${m}` as never) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('identityNote')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
