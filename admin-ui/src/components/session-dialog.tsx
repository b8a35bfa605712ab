import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { login } from '@/features/auth';
import { ApiError, tokens } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';

type Props = {
  /** true once the user signed back in, false if they chose to sign out. */
  onDone: (signedIn: boolean) => void;
};

/**
 * The session ended (signed out elsewhere, or away too long): asks for the password over the
 * screen, which stays as it was, unsaved form included; the request that found the session over
 * goes through once the user is back in.
 */
export function SessionDialog({ onDone }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const username = tokens.username() ?? '';

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      tokens.store(await login(username, password), username);
      onDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401 && e.code === 'UNAUTHORIZED') setError(t('sessionWrongPassword'));
      else setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('sessionEndedTitle')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('sessionEndedText')}</Typography.Paragraph>
      {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label={t('username')}>
          <Input value={username} disabled autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          <Button onClick={() => onDone(false)}>{t('logout')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('sessionContinue')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
