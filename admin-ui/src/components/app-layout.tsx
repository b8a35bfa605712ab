import {
  AuditOutlined, BookOutlined, CustomerServiceOutlined, DashboardOutlined, LogoutOutlined, SafetyCertificateOutlined, TrophyOutlined,
  EnvironmentOutlined, FileTextOutlined, FlagOutlined, GiftOutlined, IdcardOutlined, KeyOutlined, MenuOutlined, OrderedListOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LoginForm, type Role } from '@/features/auth';
import type { MessageKey } from '@/config/messages';
import { STAFF_ROLES, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';
import { VN_ZONE_LABEL } from '@/lib/vn-time';

// the forced change of a one-time password loads with the screen, as the router's own copy does
const OwnPassword = lazy(() => import('@/features/staff').then((m) => ({ default: m.OwnPassword })));

/** The menu, each entry with the roles that may open it (ADMIN sees everything). */
export const NAV: { path: string; label: MessageKey; icon: ReactNode; roles: Role[] }[] = [
  { path: '/', label: 'dashboard', icon: <DashboardOutlined />, roles: ['ORGANIZER', 'COMMITTEE'] },
  { path: '/contests', label: 'contests', icon: <TrophyOutlined />, roles: ['ORGANIZER'] },
  { path: '/questions', label: 'questions', icon: <BookOutlined />, roles: ['ORGANIZER'] },
  { path: '/audit', label: 'audit', icon: <AuditOutlined />, roles: ['ADMIN'] },
  { path: '/catalog', label: 'catalog', icon: <EnvironmentOutlined />, roles: ['ORGANIZER'] },
  { path: '/staff', label: 'staff', icon: <TeamOutlined />, roles: ['ADMIN'] },
  { path: '/review', label: 'review', icon: <FlagOutlined />, roles: ['ORGANIZER', 'COMMITTEE'] },
  { path: '/ranking', label: 'ranking', icon: <OrderedListOutlined />, roles: ['ORGANIZER', 'COMMITTEE'] },
  { path: '/awards', label: 'awards', icon: <GiftOutlined />, roles: ['ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR'] },
  { path: '/identity-claims', label: 'claimsMenu', icon: <IdcardOutlined />, roles: ['ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR', 'SUPPORT'] },
  { path: '/report', label: 'reportMenu', icon: <FileTextOutlined />, roles: ['ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR'] },
  { path: '/support', label: 'supportMenu', icon: <CustomerServiceOutlined />, roles: ['SUPPORT'] },
  { path: '/certificates', label: 'certificatesMenu', icon: <SafetyCertificateOutlined />, roles: ['ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR'] },
];

export function AppLayout() {
  const { me, loading, can, signOut, signedIn, mustChangePassword, passwordChanged } = useAuth();
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);

  if (loading) return <Spin fullscreen />;
  if (!me) {
    return (
      <LoginForm
        onSignedIn={async (response, username) => (await signedIn(response, username)).roles.some((r) => STAFF_ROLES.includes(r))}
      />
    );
  }

  const items = NAV.filter((n) => !mustChangePassword && can(...n.roles)).map((n) => ({
    key: n.path,
    icon: n.icon,
    label: <Link to={n.path}>{t(n.label)}</Link>,
  }));
  const selected = NAV.map((n) => n.path)
    .filter((p) => (p === '/' ? location.pathname === '/' : location.pathname.startsWith(p)))
    .slice(-1);
  // wide screens keep the menu in a side bar, where any number of entries fit; narrow ones open it as a drawer
  const wide = !!screens.md;
  const account = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: <Link to="/password">{t('passwordChange')}</Link> },
      { key: 'logout', icon: <LogoutOutlined />, label: t('logout'), onClick: signOut },
    ],
  };

  return (
    // the side bar's colour runs down the whole left column, however long the page
    <Layout style={{ minHeight: '100vh', background: wide ? '#001529' : undefined }}>
      {wide && (
        <Layout.Sider width={232} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Typography.Text strong style={{ display: 'block', color: '#fff', padding: '20px 24px', fontSize: 16 }}>
            {t('appTitle')}
          </Typography.Text>
          <Menu theme="dark" mode="inline" selectedKeys={selected} items={items} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{ display: 'flex', alignItems: 'center', gap: 8, padding: wide ? '0 24px' : '0 8px', background: wide ? '#fff' : undefined }}
        >
          {!wide && (
            <>
              <Button type="text" icon={<MenuOutlined style={{ color: '#fff' }} />} aria-label={t('navMenu')} onClick={() => setDrawer(true)} />
              <Typography.Text strong ellipsis style={{ color: '#fff', flex: 1, minWidth: 0 }}>
                {t('appTitle')}
              </Typography.Text>
            </>
          )}
          {wide && <div style={{ flex: 1 }} />}
          <Space size={4}>
            {/* every time on every screen is Vietnam's, whatever this computer's zone: said once, here */}
            <Typography.Text
              title={t('timeZoneNote')}
              data-testid="time-zone"
              style={{ fontSize: 12, whiteSpace: 'nowrap', color: wide ? 'rgba(0,0,0,0.55)' : 'rgba(255,255,255,0.85)' }}
            >
              {wide ? VN_ZONE_LABEL[lang] : 'UTC+7'}
            </Typography.Text>
            <Button size="small" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
              {t('language')}
            </Button>
            <Dropdown menu={account} trigger={['click']} placement="bottomRight">
              <Button
                type="text"
                icon={<UserOutlined style={wide ? undefined : { color: '#fff' }} />}
                aria-label={me.fullName}
                title={me.roles.map((r) => label('role', r)).join(', ')}
              >
                {wide ? me.fullName : null}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
            {/* nothing else answers until a one-time password is replaced (403 PASSWORD_CHANGE_REQUIRED) */}
            {mustChangePassword ? <OwnPassword forced onChanged={passwordChanged} /> : <Outlet />}
          </Suspense>
        </Layout.Content>
      </Layout>
      {!wide && (
        <Drawer
          open={drawer}
          placement="left"
          width={272}
          title={t('appTitle')}
          onClose={() => setDrawer(false)}
          styles={{ body: { padding: 0 } }}
        >
          <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setDrawer(false)} style={{ borderInlineEnd: 0 }} />
        </Drawer>
      )}
    </Layout>
  );
}
