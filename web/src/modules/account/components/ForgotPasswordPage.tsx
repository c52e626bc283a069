import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';

import { PublicCard } from '../../../components/PublicCard';
import { generalError } from '../../../lib/errors';
import { useAccountActions } from '../hooks/useAccount';

/** `/forgot`: asks for a reset link by mail; the answer is the same whether the email is on the team or not. */
export function ForgotPasswordPage() {
  const { requestReset, requesting } = useAccountActions();
  const [sent, setSent] = useState(false);
  const form = useForm({ initialValues: { email: '' } });
  const error = generalError(requesting.error);
  return (
    <PublicCard title="Forgot your password?">
      {sent ? (
        <Alert color="teal" role="status">
          If that email is on the team, a link to choose a new password is on its way. It works once, for one hour.
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            requestReset({ variables: { email: values.email.trim() } })
              .then(() => setSent(true))
              .catch(() => undefined);
          })}
        >
          <Stack>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label="Email" type="email" required autoComplete="username" {...form.getInputProps('email')} />
            <Button type="submit" loading={requesting.loading}>
              Send me a link
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">
        <Anchor component={Link} to="/login">
          Back to sign in
        </Anchor>
      </Text>
    </PublicCard>
  );
}
