import { Alert, Button, CopyButton, Group, Text } from '@mantine/core';

/** A one-time link to hand over (it was also mailed, where a link is mailed): shown once, with a copy button. */
export function CopyLink({ label, link, onClose }: { label: string; link: string; onClose: () => void }) {
  return (
    <Alert color="teal" withCloseButton onClose={onClose} title={label}>
      <Group wrap="nowrap" gap="sm">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="one-time-link">
          {link}
        </Text>
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
