import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { fieldErrors, generalError } from '../../../lib/errors';
import { COMMON_CURRENCIES, currencyDecimals, parseAmount, toHumanAmount } from '../../../lib/money';
import { useQuote } from '../hooks/useRequestActions';
import { actionLabel } from '../lifecycle';

/** Amount in the currency's own units (125.00 USD, 500 JPY, 12.340 KWD), sent as an integer of its smallest unit. */
export function QuoteForm({ request }: { request: RequestDetailFragment }) {
  const quote = useQuote();
  const [currency, setCurrency] = useState(request.currency.toLowerCase());
  const [amount, setAmount] = useState(
    request.quoteAmount !== null ? toHumanAmount(request.quoteAmount, request.currency) : '',
  );
  const [note, setNote] = useState('');
  const [saveCard, setSaveCard] = useState(request.saveCard);
  const [localError, setLocalError] = useState<string | null>(null);
  const server = fieldErrors(quote.error);
  const general = generalError(quote.error, ['amount', 'currency', 'note']);
  const options = [...new Set([...COMMON_CURRENCIES, currency])].map((c) => ({
    value: c,
    label: c.toUpperCase(),
  }));
  const decimals = currencyDecimals(currency);
  const label = actionLabel('QUOTE', request.status);

  return (
    <form
      noValidate
      aria-labelledby="quote-heading"
      onSubmit={(e) => {
        e.preventDefault();
        quote.reset();
        const parsed = parseAmount(amount, currency);
        if (!parsed.ok) {
          setLocalError(parsed.error);
          return;
        }
        setLocalError(null);
        void quote
          .run({ id: request.id, amount: parsed.amount, currency, note: note.trim() || null, saveCard })
          .then((ok) => ok && setNote(''));
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="quote-heading">
          {label}
        </Title>
        {request.status !== 'REQUESTED' && (
          <Text size="sm" c="dimmed">
            A new quote replaces the current one: links sent before stop working, and the pay URL leads to the new
            amount.
          </Text>
        )}
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label="Amount"
            description={decimals === 0 ? 'Whole units' : `Up to ${decimals} decimals`}
            inputMode="decimal"
            required
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={localError ?? server['amount']}
            style={{ flex: '1 1 160px' }}
          />
          <Select
            label="Currency"
            data={options}
            value={currency}
            onChange={(v) => v && setCurrency(v)}
            searchable
            allowDeselect={false}
            error={server['currency']}
            w={120}
          />
        </Group>
        <TextInput
          label="Note (optional)"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={server['note']}
        />
        <Checkbox
          label="Save card for future visits"
          description="The customer sees and accepts this on the Stripe page; later quotes can be charged to the card"
          checked={saveCard}
          onChange={(e) => setSaveCard(e.currentTarget.checked)}
        />
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={quote.loading}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
