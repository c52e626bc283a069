import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import type { CampaignCustomersInput } from '../../../gql/graphql';
import { fieldErrors, generalError } from '../../../lib/errors';
import { COMMON_CURRENCIES, currencyDecimals, parseAmount } from '../../../lib/money';
import { useCreateCampaign } from '../hooks/useCampaigns';

/** Whom a campaign is for: existing quoted requests, or a new quote for each customer matching a filter. */
export type CampaignTarget = { requestIds: string[] } | { customers: CampaignCustomersInput };

const SHOWN_FIELDS = ['name', 'description', 'amount', 'currency'];

/** The campaign's form; once created, the campaign's screen shows its progress. */
export function CampaignForm({ target, summary }: { target: CampaignTarget; summary: string }) {
  const create = useCreateCampaign();
  const navigate = useNavigate();
  const quoting = 'customers' in target;
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string>(COMMON_CURRENCIES[0]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(create.error);
  const general = generalError(create.error, quoting ? SHOWN_FIELDS : ['name']);
  const decimals = currencyDecimals(currency);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.reset();
        const problems: Record<string, string> = {};
        if (!name.trim()) problems['name'] = 'Give the campaign a name';
        const parsed = quoting ? parseAmount(amount, currency) : null;
        if (parsed && !parsed.ok) problems['amount'] = parsed.error;
        if (quoting && !description.trim()) problems['description'] = 'Say what the requests are for';
        setLocal(problems);
        if (Object.keys(problems).length > 0) return;
        const input =
          'customers' in target
            ? {
                name: name.trim(),
                customers: target.customers,
                description: description.trim(),
                amount: parsed?.ok ? parsed.amount : undefined,
                currency,
              }
            : { name: name.trim(), requestIds: target.requestIds };
        void create.run(input).then((id) => id && navigate(`/campaigns/${id}`));
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{summary}</Text>
        <TextInput
          label="Campaign name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={local['name'] ?? server['name']}
          data-autofocus
        />
        {quoting && (
          <>
            <Textarea
              label="What the requests are for"
              description="Each customer's new request gets this description"
              required
              rows={2}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={local['description'] ?? server['description']}
            />
            <Group align="flex-start" wrap="wrap">
              <TextInput
                label="Amount"
                description={decimals === 0 ? 'Whole units' : `Up to ${decimals} decimals`}
                inputMode="decimal"
                required
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={local['amount'] ?? server['amount']}
                style={{ flex: '1 1 160px' }}
              />
              <Select
                label="Currency"
                data={COMMON_CURRENCIES.map((c) => ({ value: c, label: c.toUpperCase() }))}
                value={currency}
                onChange={(v) => v && setCurrency(v)}
                searchable
                allowDeselect={false}
                error={server['currency']}
                w={120}
              />
            </Group>
          </>
        )}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.loading}>
            Send the links
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A button that opens the campaign form in a dialog. */
export function NewCampaignButton({
  label,
  target,
  summary,
  disabled,
}: {
  label: string;
  target: CampaignTarget;
  summary: string;
  disabled?: boolean;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button onClick={open} disabled={disabled}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title="New campaign">
        <CampaignForm target={target} summary={summary} />
      </Modal>
    </>
  );
}
