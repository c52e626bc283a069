import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';

import { generalError } from '../../../lib/errors';

/**
 * A button that asks first: what will happen, optionally why (a reason kept in the timeline),
 * and shows the server's refusal in the dialog rather than losing it. `onOpen` lets the caller
 * fill its own fields (`children`) from what the screen shows now, each time the dialog opens.
 */
export function ConfirmAction({
  label,
  title,
  description,
  confirmLabel,
  color,
  reasonLabel,
  reasonRequired = false,
  variant = 'default',
  action,
  onOpen,
  children,
}: {
  label: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  color?: string;
  reasonLabel?: string;
  reasonRequired?: boolean;
  variant?: 'default' | 'filled' | 'light' | 'outline';
  action: { run: (reason: string | null) => Promise<boolean>; loading: boolean; error: unknown; reset: () => void };
  onOpen?: () => void;
  children?: ReactNode;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const message = generalError(action.error);
  const dismiss = () => {
    action.reset();
    setReason('');
    setMissing(false);
    close();
  };
  return (
    <>
      <Button
        variant={variant}
        color={color}
        onClick={() => {
          onOpen?.();
          open();
        }}
      >
        {label}
      </Button>
      <Modal opened={opened} onClose={dismiss} title={title}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reasonRequired && !reason.trim()) {
              setMissing(true);
              return;
            }
            void action.run(reason.trim() || null).then((ok) => ok && dismiss());
          }}
        >
          <Stack>
            <Text size="sm">{description}</Text>
            {children}
            {reasonLabel && (
              <Textarea
                label={reasonLabel}
                required={reasonRequired}
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={missing ? 'Say why' : undefined}
                data-autofocus
              />
            )}
            {message && (
              <Alert color="red" role="alert">
                {message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={dismiss}>
                Back
              </Button>
              <Button type="submit" color={color} loading={action.loading}>
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
