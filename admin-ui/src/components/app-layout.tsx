import { AuditOutlined, BookOutlined, DashboardOutlined, LogoutOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LoginForm } from '@/features/auth/components/login-form';
import type { Role } from '@/features/auth/api/get-me';
import type { MessageKey } from '@/config/messages';
import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

/** The menu, each entry with the roles that may open it (ADMIN sees everything). */
export const NAV: { path: string; label: MessageKey; icon: ReactNode; roles: Role[] }[] = [
  { path: '/', label: 'dashboard', icon: <DashboardOutlined />, roles: ['ORGANIZER', 'COMMITTEE'] },
  { path: '/contests', label: 'contests', icon: <TrophyOutlined />, roles: ['ORGANIZER'] },
  { path: '/questions', label: 'questions', icon: <BookOutlined />, roles: ['ORGANIZER'] },
  { path: '/audit', label: 'audit', icon: <AuditOutlined />, roles: ['ADMIN'] },
];

export function AppLayout() {
  const { me, loading, can, signOut } = useAuth();
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const screens = Grid.useBreakpoint();

  if (loading) return <Spin fullscreen />;
  if (!me) return <LoginForm />;

  const items = NAV.filter((n) => can(...n.roles)).map((n) => ({
    key: n.path,
    icon: n.icon,
    label: <Link to={n.path}>{t(n.label)}</Link>,
  }));
  const selected = NAV.map((n) => n.path)
    .filter((p) => (p === '/' ? location.pathname === '/' : location.pathname.startsWith(p)))
    .slice(-1);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 16px' }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          {screens.md ? t('appTitle') : '☰'}
        </Typography.Text>
        <Menu theme="dark" mode="horizontal" selectedKeys={selected} items={items} style={{ flex: 1, minWidth: 0 }} />
        <Space>
          {screens.lg && (
            <Typography.Text style={{ color: '#fff', whiteSpace: 'nowrap' }} title={me.roles.join(', ')}>
              {me.fullName}
            </Typography.Text>
          )}
          <Button size="small" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t('language')}
          </Button>
          <Button size="small" icon={<LogoutOutlined />} onClick={signOut} aria-label={t('logout')}>
            {screens.md ? t('logout') : null}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: screens.md ? 24 : 8 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
