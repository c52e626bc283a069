import { AppShell, Burger, Button, Group, NavLink, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';

import { LoadingState } from '../components/States';
import { useLogout, useSession } from '../modules/auth/hooks/useSession';
import { useLiveUpdates } from '../modules/live/hooks/useLiveUpdates';
import { useLiveState } from './connection';

/** `owner`: a screen whose queries only owners may run (the server's role table, README "Team"). */
const LINKS = [
  { to: '/requests', label: 'Requests' },
  { to: '/customers', label: 'Customers' },
  { to: '/campaigns', label: 'Campaigns' },
  { to: '/attention', label: 'Needs attention' },
  { to: '/events', label: 'Webhook events', owner: true },
  { to: '/outbox', label: 'Outbox', owner: true },
  { to: '/reports/payments', label: 'Payments', owner: true },
  { to: '/settings', label: 'Settings', owner: true },
  { to: '/team', label: 'Team', owner: true },
  { to: '/audit', label: 'Audit log', owner: true },
  { to: '/account', label: 'Your account' },
];

function LiveIndicator() {
  const state = useLiveState();
  const live = state === 'live';
  const text = live ? 'Live' : state === 'reconnecting' ? 'Reconnecting…' : 'Connecting…';
  return (
    <Tooltip label={live ? 'Changes appear as they happen' : 'Changes will appear once reconnected'}>
      <Text size="sm" c={live ? 'teal.9' : 'orange.9'} role="status" aria-live="polite" data-testid="live-state">
        <span aria-hidden>● </span>
        {text}
      </Text>
    </Tooltip>
  );
}

/** The signed-in frame: navigation, the live connection, and the screens below it. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { admin } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  useLiveUpdates();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700} component="span">
              Service desk
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LiveIndicator />
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {admin?.name ?? admin?.email}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                void logout().then(() => navigate('/login', { replace: true }));
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <VisuallyHidden component="h2">Navigation</VisuallyHidden>
        {LINKS.filter((link) => !link.owner || admin?.role === 'OWNER').map((link) => (
          <NavLink key={link.to} component={RouterNavLink} to={link.to} label={link.label} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
