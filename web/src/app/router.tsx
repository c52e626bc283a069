import { createBrowserRouter, Navigate } from 'react-router';

import { LoginPage } from '../modules/auth/components/LoginPage';
import { RequireAdmin } from '../modules/auth/components/RequireAdmin';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/** Screens behind the login are split into their own chunks; login and the frame load first. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    ...(['invite', 'reset'] as const).map((kind) => ({
      path: `/${kind}/:token`,
      lazy: () =>
        import('../modules/account/components/LinkPasswordPage').then((m) => ({
          Component: () => <m.LinkPasswordPage kind={kind} />,
        })),
      errorElement: <RouteError />,
    })),
    {
      path: '/forgot',
      lazy: () =>
        import('../modules/account/components/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
      errorElement: <RouteError />,
    },
    {
      path: '/request',
      lazy: () =>
        import('../modules/public-request/components/PublicRequestPage').then((m) => ({
          Component: m.PublicRequestPage,
        })),
      errorElement: <RouteError />,
    },
    {
      element: (
        <RequireAdmin>
          <AppLayout />
        </RequireAdmin>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/requests" replace /> },
        {
          path: 'requests',
          lazy: () =>
            import('../modules/requests/components/RequestListPage').then((m) => ({ Component: m.RequestListPage })),
        },
        {
          path: 'requests/:id',
          lazy: () =>
            import('../modules/requests/components/RequestDetailPage').then((m) => ({
              Component: m.RequestDetailPage,
            })),
        },
        {
          path: 'customers',
          lazy: () =>
            import('../modules/customers/components/CustomersPage').then((m) => ({ Component: m.CustomersPage })),
        },
        {
          path: 'customers/:id',
          lazy: () =>
            import('../modules/customers/components/CustomerPage').then((m) => ({ Component: m.CustomerPage })),
        },
        {
          path: 'campaigns',
          lazy: () =>
            import('../modules/campaigns/components/CampaignsPage').then((m) => ({ Component: m.CampaignsPage })),
        },
        {
          path: 'campaigns/:id',
          lazy: () =>
            import('../modules/campaigns/components/CampaignPage').then((m) => ({ Component: m.CampaignPage })),
        },
        {
          path: 'attention',
          lazy: () =>
            import('../modules/attention/components/AttentionPage').then((m) => ({ Component: m.AttentionPage })),
        },
        {
          path: 'events',
          lazy: () =>
            import('../modules/webhooks/components/WebhookEventsPage').then((m) => ({
              Component: m.WebhookEventsPage,
            })),
        },
        {
          path: 'team',
          lazy: () => import('../modules/team/components/TeamPage').then((m) => ({ Component: m.TeamPage })),
        },
        {
          path: 'audit',
          lazy: () => import('../modules/audit/components/AuditLogPage').then((m) => ({ Component: m.AuditLogPage })),
        },
        {
          path: 'account',
          lazy: () => import('../modules/account/components/AccountPage').then((m) => ({ Component: m.AccountPage })),
        },
        {
          path: 'outbox',
          lazy: () => import('../modules/outbox/components/OutboxPage').then((m) => ({ Component: m.OutboxPage })),
        },
        {
          path: 'reports/payments',
          lazy: () =>
            import('../modules/reports/components/PaymentsReportPage').then((m) => ({
              Component: m.PaymentsReportPage,
            })),
        },
        {
          path: 'settings',
          lazy: () =>
            import('../modules/settings/components/BusinessSettingsPage').then((m) => ({
              Component: m.BusinessSettingsPage,
            })),
        },
        { path: '*', lazy: () => import('./NotFound').then((m) => ({ Component: m.NotFound })) },
      ],
    },
  ]);
}
