import { Result } from 'antd';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppLayout } from '@/components/app-layout';
import { AuditLog } from '@/features/audit/components/audit-log';
import { ContestEditor } from '@/features/contests/components/contest-editor';
import { ContestList } from '@/features/contests/components/contest-list';
import { LiveDashboard } from '@/features/dashboard/components/live-dashboard';
import { QuestionBank } from '@/features/questions/components/question-bank';
import { useI18n } from '@/lib/i18n';

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
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** app serves the console under /admin; every path below it comes back as index.html. */
export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes, { basename: '/admin' })} />;
}
