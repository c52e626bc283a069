import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';

import { useCreateRequest } from '../hooks/useCreateRequest';
import { RequestForm } from './RequestForm';

export function NewRequestButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const { create, loading, error, reset } = useCreateRequest();
  const navigate = useNavigate();
  return (
    <>
      <Button onClick={open}>New request</Button>
      <Modal
        opened={opened}
        onClose={() => {
          reset();
          close();
        }}
        title="New request"
        size="lg"
      >
        <RequestForm
          submitLabel="Create request"
          loading={loading}
          error={error}
          onSubmit={async (input) => {
            const created = await create(input);
            if (created) {
              close();
              void navigate(`/requests/${created.id}`);
            }
          }}
        />
      </Modal>
    </>
  );
}
