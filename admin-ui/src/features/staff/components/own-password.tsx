import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { changeOwnPassword } from '@/features/staff/api/change-password';
import { useI18n } from '@/lib/i18n';
import { useSave } from '@/lib/use-save';

type Values = { currentPassword: string; newPassword: string; repeat: string };

/**
 * Đổi mật khẩu: any staff member, for their own account; the server ends their other sessions.
 * {@code forced}: a one-time password must be replaced before anything else (the console shows
 * nothing but this until then).
 */
export function OwnPassword({ forced = false, onChanged }: { forced?: boolean; onChanged?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSave(form);
  const [done, setDone] = useState(false);

  const save = async ({ currentPassword, newPassword }: Values) => {
    setDone(false);
    await run(async () => {
      await changeOwnPassword(currentPassword, newPassword);
      form.resetFields();
      setDone(true);
      // a forced change gives way to the console at once: the confirmation goes with it as a toast
      if (forced) message.success(t('passwordChanged'));
      onChanged?.();
    });
  };

  return (
    <div>
      <Typography.Title level={3}>{t('passwordChange')}</Typography.Title>
      <Card style={{ maxWidth: 480 }}>
        {forced && <Alert type="warning" showIcon message={t('mustChangePassword')} style={{ marginBottom: 12 }} data-testid="must-change-password" />}
        {done && <Alert type="success" showIcon message={t('passwordChanged')} style={{ marginBottom: 12 }} role="status" />}
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={save} requiredMark={false}>
          <Form.Item name="currentPassword" label={t('passwordCurrent')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('passwordNew')} extra={t('passwordRule')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label={t('passwordRepeat')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('required') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('passwordChange')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
