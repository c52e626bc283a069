import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { ErrorState } from '../../../components/States';
import { useSession } from '../hooks/useSession';

/** Unauthenticated visits go to the login page, which brings the admin back here afterwards. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { admin, loading, error, refetch } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (error && !admin) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!admin) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
