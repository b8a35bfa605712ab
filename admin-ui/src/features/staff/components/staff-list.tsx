import { ApartmentOutlined, KeyOutlined, LockOutlined, PlusOutlined, TeamOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetPassword, setEnabled, staffQuery, type Staff } from '@/features/staff/api/staff';
import { grantsQuery, type Grant } from '@/features/staff/api/grants';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { OneTimePassword } from './one-time-password';
import { ROLE_COLORS } from './role-labels';
import { StaffForm } from './staff-form';
import { contestRolesOf, GrantScope, StaffGrants } from './staff-grants';
import { formatVn, formatVnDate } from '@/lib/vn-time';
import { label } from '@/lib/labels';

/**
 * Cán bộ và phân quyền (ADMIN): accounts, their roles, the contests each is granted (phân cuộc
 * thi), disabling (which ends their sessions) and password resets. The server refuses to lose the
 * last ADMIN and to lock or demote oneself.
 */
export function StaffList() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const queryClient = useQueryClient();
  const staff = useQuery(staffQuery());
  const grants = useQuery(grantsQuery());
  const staffChanged = () => queryClient.invalidateQueries({ queryKey: queryKeys.staff.list() });
  const [granting, setGranting] = useState<Staff | null>(null);
  const grantsOf = (s: Staff): Grant[] => (grants.data ?? []).filter((g) => g.accountId === s.id);
  // ADMIN and the support desk reach every contest; the contest roles only what they are granted
  const platformWide = (s: Staff) => (s.roles as string[]).includes('ADMIN') || contestRolesOf(s).length === 0;
  const scopeOf = (s: Staff) => {
    if (platformWide(s)) return <Tag>{t('grantsPlatformWide')}</Tag>;
    const own = grantsOf(s);
    if (own.length === 0) return <Typography.Text type="warning">{t('grantsNone')}</Typography.Text>;
    return (
      <Space size={[0, 4]} wrap>
        {own.map((g) => (
          <Tag key={g.id} color={ROLE_COLORS[g.role] ?? 'default'}>
            <GrantScope grant={g} />
          </Tag>
        ))}
      </Space>
    );
  };
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [password, setPassword] = useState<{ fullName: string; password: string } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const act = async (s: Staff, action: () => Promise<unknown>) => {
    setBusy(s.id);
    try {
      await action();
      await staffChanged();
    } catch (e) {
      message.error(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(null);
    }
  };
  const status = (s: Staff) => {
    if (!s.enabled) return <Tag>{t('staffDisabled')}</Tag>;
    if (s.lockedUntil && Date.parse(s.lockedUntil) > Date.now())
      return <Tag color="orange">{`${t('staffLockedUntil')} ${formatVn(s.lockedUntil, 'HH:mm')}`}</Tag>;
    if (s.passwordChangeRequired) return <Tag color="gold">{t('passwordChangeNeeded')}</Tag>;
    return <Tag color="green">{t('staffEnabled')}</Tag>;
  };

  return (
    <div>
      <Typography.Title level={3}>{t('staff')}</Typography.Title>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setEditing('new')}>
        {t('staffNew')}
      </Button>
      <Table
        rowKey="id"
        loading={staff.isFetching}
        dataSource={staff.data}
        scroll={{ x: 1220 }}
        pagination={false}
        columns={[
          { title: t('username'), dataIndex: 'username', width: 130 },
          {
            title: t('staffFullName'),
            dataIndex: 'fullName',
            width: 180,
            render: (name: string, s) => (
              <>
                {name} {s.id === me?.id && <Tag>{t('staffYou')}</Tag>}
              </>
            ),
          },
          {
            title: t('roles'),
            dataIndex: 'roles',
            render: (roles: Staff['roles']) => (
              <Space size={[0, 4]} wrap>
                {roles.map((r) => (
                  <Tag key={r} color={ROLE_COLORS[r] ?? 'default'}>
                    {label('role', r)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('grants'), key: 'grants', width: 220, render: (_, s) => scopeOf(s) },
          { title: t('status'), key: 'status', width: 140, render: (_, s) => status(s) },
          { title: t('createdAt'), dataIndex: 'createdAt', width: 110, render: (at: string) => formatVnDate(at) },
          {
            title: '',
            key: 'actions',
            width: 330,
            render: (_, s) => (
              <Space size={4} wrap>
                <Button size="small" icon={<TeamOutlined />} onClick={() => setEditing(s)}>
                  {t('roles')}
                </Button>
                {!platformWide(s) && (
                  <Button size="small" icon={<ApartmentOutlined />} onClick={() => setGranting(s)}>
                    {t('grants')}
                  </Button>
                )}
                <Popconfirm
                  disabled={s.enabled && s.id === me?.id}
                  title={s.enabled ? t('staffDisableConfirm') : t('staffEnableConfirm')}
                  okText={t('staffConfirm')}
                  cancelText={t('cancel')}
                  onConfirm={() => act(s, () => setEnabled(s.id, !s.enabled))}
                >
                  {/* the server refuses to lock oneself out; the button says so by being off */}
                  <Button
                    size="small"
                    danger={s.enabled}
                    disabled={s.enabled && s.id === me?.id}
                    loading={busy === s.id}
                    icon={s.enabled ? <LockOutlined /> : <UnlockOutlined />}
                  >
                    {s.enabled ? t('staffDisable') : t('staffEnable')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('staffResetConfirm')}
                  okText={t('staffConfirm')}
                  cancelText={t('cancel')}
                  onConfirm={() =>
                    act(s, async () => setPassword({ fullName: s.fullName, password: (await resetPassword(s.id)).temporaryPassword }))
                  }
                >
                  <Button size="small" icon={<KeyOutlined />}>
                    {t('staffResetPassword')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <StaffForm
        staff={editing}
        onClose={(result) => {
          setEditing(null);
          if (!result) return;
          message.success(t('saved'));
          if (result.temporaryPassword) setPassword({ fullName: result.saved.fullName, password: result.temporaryPassword });
          void staffChanged();
        }}
      />
      <OneTimePassword shown={password} onClose={() => setPassword(null)} />
      <StaffGrants
        member={granting}
        grants={granting ? grantsOf(granting) : []}
        onClose={() => setGranting(null)}
      />
    </div>
  );
}
