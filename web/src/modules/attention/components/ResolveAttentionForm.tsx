import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState } from 'react';

import { fieldErrors, generalError } from '../../../lib/errors';
import { useResolveAttention } from '../../requests/hooks/useRequestActions';

/** Why the request needs a person, and a note on what was done about it. */
export function ResolveAttentionForm({ id, reason }: { id: string; reason: string | null }) {
  const resolve = useResolveAttention();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const headingId = useId();
  const general = generalError(resolve.error, ['note']);
  return (
    <Alert color="red" variant="light" title="Needs attention" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) {
            setMissing(true);
            return;
          }
          setMissing(false);
          void resolve.run({ id, note: note.trim() }).then((ok) => ok && setNote(''));
        }}
      >
        <Stack gap="xs">
          <Text size="sm" id={headingId} data-testid="attention-reason">
            {reason ?? 'No reason recorded.'}
          </Text>
          <Textarea
            label="How it was resolved"
            placeholder="e.g. refunded the second payment"
            required
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={missing ? 'Say how it was resolved' : fieldErrors(resolve.error)['note']}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group>
            <Button type="submit" color="red" loading={resolve.loading}>
              Resolve
            </Button>
          </Group>
        </Stack>
      </form>
    </Alert>
  );
}
