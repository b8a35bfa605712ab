import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { createStaff, setRoles, STAFF_ROLE_ORDER, type NewStaff, type Staff, type StaffRole } from '@/features/staff/api/staff';
import { useI18n } from '@/lib/i18n';
import { useSave } from '@/lib/use-save';
import { label } from '@/lib/labels';

type Props = {
  /** 'new' to create an account, a staff member to change their roles, null when closed */
  staff: Staff | 'new' | null;
  onClose: (result: { saved: Staff; temporaryPassword?: string | null } | null) => void;
};

/** Creates a staff account (the server generates a password when none is typed) or changes one's roles. */
export function StaffForm({ staff, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewStaff>();
  const { busy, error, setError, run } = useSave(form);
  const creating = staff === 'new';

  useEffect(() => {
    setError(null);
    form.resetFields();
    if (staff && staff !== 'new') form.setFieldsValue({ roles: staff.roles });
  }, [staff, form, setError]);

  const save = async (values: NewStaff) => {
    if (!staff) return;
    await run(async () => {
      if (staff === 'new') {
        const created = await createStaff({ ...values, password: values.password || undefined });
        onClose({ saved: created.staff, temporaryPassword: created.temporaryPassword });
      } else {
        onClose({ saved: await setRoles(staff.id, values.roles) });
      }
    });
  };

  return (
    <Modal
      open={staff !== null}
      title={creating ? t('staffNew') : `${t('roles')}: ${staff?.fullName ?? ''}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      forceRender
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ roles: [] }}>
        {creating && (
          <>
            <Form.Item name="username" label={t('username')} extra={t('staffUsernameHint')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="fullName" label={t('staffFullName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </>
        )}
        <Form.Item name="roles" label={t('roles')} rules={[{ required: true, type: 'array', min: 1, message: t('staffRolesRequired') }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {STAFF_ROLE_ORDER.map((role: StaffRole) => (
              <Checkbox key={role} value={role}>
                {label('role', role)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {creating && (
          <Form.Item name="password" label={t('password')} extra={t('staffPasswordHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
