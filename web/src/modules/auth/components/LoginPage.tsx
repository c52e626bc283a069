import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';

import { PublicCard } from '../../../components/PublicCard';
import { hasCode, generalError } from '../../../lib/errors';
import { useLogin, useSession } from '../hooks/useSession';

/** Only same-site paths, so that `?next=` cannot send the admin elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/requests';
}

export function LoginPage() {
  const { admin } = useSession();
  const { login, loading, error } = useLogin();
  const [params] = useSearchParams();
  const alertRef = useRef<HTMLDivElement>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  if (admin) return <Navigate to={safeNext(params.get('next'))} replace />;

  const message = hasCode(error, 'UNAUTHENTICATED') ? 'Wrong email or password.' : generalError(error);
  return (
    <PublicCard title="Sign in">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          login(values.email.trim(), values.password).catch(() => undefined);
        })}
      >
        <Stack>
          {message && (
            <Alert color="red" role="alert" ref={alertRef} tabIndex={-1}>
              {message}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading}>
            Sign in
          </Button>
          <Text size="sm">
            <Anchor component={Link} to="/forgot">
              Forgot your password?
            </Anchor>
          </Text>
        </Stack>
      </form>
    </PublicCard>
  );
}
