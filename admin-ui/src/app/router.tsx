import { Result } from 'antd';
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppLayout } from '@/components/app-layout';
import { useI18n } from '@/lib/i18n';

/**
 * A screen loaded when first opened (its own chunk), so the login needs only the shell: the
 * features export named components, React.lazy wants a default.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const AuditLog = screen(() => import('@/features/audit/components/audit-log'), 'AuditLog');
const ContestEditor = screen(() => import('@/features/contests/components/contest-editor'), 'ContestEditor');
const ContestList = screen(() => import('@/features/contests/components/contest-list'), 'ContestList');
const LiveDashboard = screen(() => import('@/features/dashboard/components/live-dashboard'), 'LiveDashboard');
const QuestionBank = screen(() => import('@/features/questions/components/question-bank'), 'QuestionBank');
const CatalogPage = screen(() => import('@/features/catalog/components/catalog-page'), 'CatalogPage');
const StaffList = screen(() => import('@/features/staff/components/staff-list'), 'StaffList');
const OwnPassword = screen(() => import('@/features/staff/components/own-password'), 'OwnPassword');
const ReviewQueuePage = screen(() => import('@/features/review/components/review-queue'), 'ReviewQueuePage');
const FrozenRankingPage = screen(() => import('@/features/ranking/components/frozen-ranking'), 'FrozenRankingPage');
const AwardsPage = screen(() => import('@/features/awards/components/awards-page'), 'AwardsPage');
const IdentityClaimsPage = screen(() => import('@/features/identity/components/identity-claims'), 'IdentityClaimsPage');
const CertificatesPage = screen(() => import('@/features/certificates/components/certificates-page'), 'CertificatesPage');

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <LiveDashboard /> },
      { path: 'contests', element: <ContestList /> },
      { path: 'contests/:id', element: <ContestEditor /> },
      { path: 'questions', element: <QuestionBank /> },
      { path: 'audit', element: <AuditLog /> },
      { path: 'catalog', element: <CatalogPage /> },
      { path: 'staff', element: <StaffList /> },
      { path: 'password', element: <OwnPassword /> },
      { path: 'review', element: <ReviewQueuePage /> },
      { path: 'ranking', element: <FrozenRankingPage /> },
      { path: 'awards', element: <AwardsPage /> },
      { path: 'identity-claims', element: <IdentityClaimsPage /> },
      { path: 'certificates', element: <CertificatesPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** app serves the console under /admin; every path below it comes back as index.html. */
export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes, { basename: '/admin' })} />;
}
