import { Alert, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

import { RequestForm } from '../../requests/components/RequestForm';
import { useRequestService } from '../hooks/useRequestService';

/** The customer's way in: no login, one form, a clear receipt. */
export function PublicRequestPage() {
  const { submit, receipt, loading, error } = useRequestService();
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (receipt) doneRef.current?.focus();
  }, [receipt]);
  return (
    <Container size="sm" py="xl">
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <Stack>
          <Title order={1}>Request a service</Title>
          {receipt ? (
            <Alert color="teal" title="Thank you, we got your request" role="status" ref={doneRef} tabIndex={-1}>
              <Text size="sm">
                We will reply by email with a quote. Your reference: <strong>{receipt.id}</strong>
              </Text>
            </Alert>
          ) : (
            <>
              <Text c="dimmed">Tell us what you need and how to reach you. We reply with a quote by email.</Text>
              <RequestForm submitLabel="Send request" loading={loading} error={error} onSubmit={submit} />
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
