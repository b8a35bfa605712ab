import { Result } from 'antd';
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { AppLayout } from '@/components/app-layout';
import { useAuth } from '@/lib/auth';
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
const ReportPage = screen(() => import('@/features/report/components/report-page'), 'ReportPage');
const SupportSearch = screen(() => import('@/features/support/components/support-search'), 'SupportSearch');
const ContestantPage = screen(() => import('@/features/support/components/contestant-page'), 'ContestantPage');
const CertificatesPage = screen(() => import('@/features/certificates/components/certificates-page'), 'CertificatesPage');

/** The live view opens the console; the support desk's own staff, who may not see it, land on the desk. */
function Home() {
  const { can } = useAuth();
  return !can('ORGANIZER', 'COMMITTEE') && can('SUPPORT') ? <Navigate to="/support" replace /> : <LiveDashboard />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
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
      { path: 'report', element: <ReportPage /> },
      { path: 'support', element: <SupportSearch /> },
      { path: 'support/contestants/:id', element: <ContestantPage /> },
      { path: 'certificates', element: <CertificatesPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** app serves the console under /admin; every path below it comes back as index.html. */
export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes, { basename: '/admin' })} />;
}
