import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useParams } from 'react-router';

import { PublicCard } from '../../../components/PublicCard';
import { fieldErrors, generalError } from '../../../lib/errors';
import { useSignInByLink } from '../hooks/useAccount';

const PASSWORD_HELP =
  'At least 15 characters; a few words you will remember work well. Very common passwords are refused.';

/**
 * `/invite/:token` (choose a name and a password, and join) and `/reset/:token` (choose a new
 * password): both one-time links that sign in. An expired or used link says so.
 */
export function LinkPasswordPage({ kind }: { kind: 'invite' | 'reset' }) {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const link = useSignInByLink();
  const form = useForm({ initialValues: { name: '', password: '' } });
  const errors = fieldErrors(link.error);
  const general = generalError(link.error, ['name', 'password', 'token']);
  const joining = kind === 'invite';

  return (
    <PublicCard title={joining ? 'Join the team' : 'Choose a new password'}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const done = joining
            ? link.accept(token, values.name.trim(), values.password)
            : link.reset(token, values.password);
          done.then(() => navigate('/requests', { replace: true })).catch(() => undefined);
        })}
      >
        <Stack>
          {errors['token'] && (
            <Alert color="red" role="alert">
              {errors['token']}{' '}
              {!joining && (
                <Anchor component={Link} to="/forgot">
                  Ask for a new link
                </Anchor>
              )}
            </Alert>
          )}
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          {joining && (
            <TextInput
              label="Your name"
              required
              autoComplete="name"
              {...form.getInputProps('name')}
              error={errors['name']}
            />
          )}
          <PasswordInput
            label={joining ? 'Password' : 'New password'}
            description={PASSWORD_HELP}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
            error={errors['password']}
          />
          <Button type="submit" loading={link.loading}>
            {joining ? 'Join' : 'Set password and sign in'}
          </Button>
          <Text size="xs" c="dimmed">
            This link works once{joining ? ', for 7 days' : ', for one hour'}.
          </Text>
        </Stack>
      </form>
    </PublicCard>
  );
}
