import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import type { RequestServiceInput } from '../../../gql/graphql';
import { fieldErrors, generalError } from '../../../lib/errors';

const FIELDS = ['customerName', 'customerEmail', 'customerPhone', 'address', 'description'];

/**
 * The customer's details and what they ask for: the public /request page and the admin's
 * "New request" share it. Server-side problems (BAD_USER_INPUT) appear under their field.
 */
export function RequestForm({
  onSubmit,
  loading,
  error,
  submitLabel,
}: {
  onSubmit: (input: RequestServiceInput) => Promise<unknown>;
  loading: boolean;
  error: unknown;
  submitLabel: string;
}) {
  const form = useForm({
    initialValues: { customerName: '', customerEmail: '', customerPhone: '', address: '', description: '' },
    validate: {
      customerName: (v) => (v.trim() ? null : 'Enter a name'),
      customerEmail: (v) => (v.trim() ? null : 'Enter an email address'),
      description: (v) => (v.trim() ? null : 'Say what is needed'),
    },
  });
  const server = fieldErrors(error);
  const general = generalError(error, FIELDS);
  const errorOf = (field: keyof typeof form.values) => form.errors[field] ?? server[field];

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        onSubmit({
          customerName: v.customerName.trim(),
          customerEmail: v.customerEmail.trim(),
          customerPhone: v.customerPhone.trim() || null,
          address: v.address.trim() || null,
          description: v.description.trim(),
        }).catch(() => undefined);
      })}
    >
      <Stack>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <TextInput
          label="Name"
          required
          autoComplete="name"
          {...form.getInputProps('customerName')}
          error={errorOf('customerName')}
        />
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="email"
          {...form.getInputProps('customerEmail')}
          error={errorOf('customerEmail')}
        />
        <TextInput
          label="Phone"
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('customerPhone')}
          error={errorOf('customerPhone')}
        />
        <TextInput
          label="Address"
          autoComplete="street-address"
          {...form.getInputProps('address')}
          error={errorOf('address')}
        />
        <Textarea
          label="What is needed"
          required
          autosize
          minRows={3}
          {...form.getInputProps('description')}
          error={errorOf('description')}
        />
        <Button type="submit" loading={loading}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
