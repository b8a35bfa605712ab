import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { login } from '@/features/auth/api/login';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { STAFF_ROLES, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

type Values = { username: string; password: string };

export function LoginForm() {
  const { t, lang } = useI18n();
  const { signedIn } = useAuth();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const response = await login(username, password);
      const me = await signedIn(response, username);
      if (!me.roles.some((r) => STAFF_ROLES.includes(r))) setError(t('notStaff'));
    } catch (e) {
      const fields = fieldErrors(e, lang);
      if (fields.length) form.setFields(fields as never);
      if (e instanceof ApiError) setError(e.status === 401 ? (lang === 'en' ? 'Wrong username or password.' : 'Sai tên đăng nhập hoặc mật khẩu.') : e.text(lang));
      else setError(t('loadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('appTitle')}
        </Typography.Title>
        {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
