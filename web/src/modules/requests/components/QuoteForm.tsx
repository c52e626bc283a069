import { Alert, Button, Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { fieldErrors, generalError, toUserErrors } from '../../../lib/errors';
import { COMMON_CURRENCIES, currencyDecimals, parseAmount, toHumanAmount } from '../../../lib/money';
import { useBusinessSettings } from '../../settings/hooks/useBusinessSettings';
import { useQuote } from '../hooks/useRequestActions';
import { actionLabel } from '../lifecycle';
import { checkLine, draftsOf, type LineDraft, newLine, QuoteLinesEditor } from './QuoteLinesEditor';

/** A quote the single Amount field cannot show: several lines, a tax, a quantity other than 1. */
const isItemised = (request: RequestDetailFragment) =>
  request.lineItems.length > 1 || request.lineItems.some((l) => l.taxRate !== null || l.quantity !== 1);

type DepositMode = 'none' | 'percent' | 'amount';

/**
 * The deposit part of the quote: none, a whole percent of the total including tax, or an amount.
 * It proposes the current quote's deposit, else the business's default percent (settings), until
 * the admin chooses otherwise; the server applies no default of its own.
 */
function useDeposit(request: RequestDetailFragment) {
  const defaultPercent = useBusinessSettings().data?.businessSettings.defaultDepositPercent ?? null;
  const [chosen, setChosen] = useState<DepositMode | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const proposed: DepositMode = request.depositAmount !== null ? 'amount' : defaultPercent ? 'percent' : 'none';
  const mode = chosen ?? proposed;
  const value =
    typed ??
    (mode === proposed && mode === 'amount' && request.depositAmount !== null
      ? toHumanAmount(request.depositAmount, request.currency)
      : mode === proposed && mode === 'percent'
        ? String(defaultPercent)
        : '');
  return {
    mode,
    value,
    choose: (next: DepositMode) => {
      setChosen(next);
      setTyped(null);
    },
    type: setTyped,
  };
}

/** The deposit's variables, or why the typed deposit cannot be sent. */
function depositVariables(
  deposit: ReturnType<typeof useDeposit>,
  currency: string,
): { ok: true; vars: { depositAmount?: number; depositPercent?: number } } | { ok: false; error: string } {
  if (deposit.mode === 'none') return { ok: true, vars: {} };
  if (deposit.mode === 'percent') {
    const percent = Number(deposit.value.trim());
    return /^\d{1,2}$/.test(deposit.value.trim()) && percent >= 1
      ? { ok: true, vars: { depositPercent: percent } }
      : { ok: false, error: 'A whole percent from 1 to 99' };
  }
  const parsed = parseAmount(deposit.value, currency);
  return parsed.ok ? { ok: true, vars: { depositAmount: parsed.amount } } : parsed;
}

/**
 * Amount in the currency's own units (125.00 USD, 500 JPY, 12.340 KWD), sent as an integer of its
 * smallest unit; or, itemised, lines with quantities and tax rates, sent as `lineItems`.
 */
export function QuoteForm({ request }: { request: RequestDetailFragment }) {
  const quote = useQuote();
  const [itemised, setItemised] = useState(isItemised(request));
  const [lines, setLines] = useState<LineDraft[]>(() =>
    request.lineItems.length > 0 ? draftsOf(request.lineItems, request.currency) : [newLine()],
  );
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [currency, setCurrency] = useState(request.currency.toLowerCase());
  const [amount, setAmount] = useState(
    request.quoteAmount !== null ? toHumanAmount(request.quoteAmount, request.currency) : '',
  );
  const [note, setNote] = useState('');
  const [saveCard, setSaveCard] = useState(request.saveCard);
  const [requireAcceptance, setRequireAcceptance] = useState(request.requireAcceptance);
  const [localError, setLocalError] = useState<string | null>(null);
  const deposit = useDeposit(request);
  const [depositError, setDepositError] = useState<string | null>(null);
  const server = fieldErrors(quote.error);
  const lineServerErrors = Object.fromEntries(
    toUserErrors(quote.error).flatMap((e) => (e.field?.startsWith('lineItems[') ? [[e.field, e.message]] : [])),
  );
  const general = generalError(
    quote.error,
    itemised
      ? ['currency', 'note', 'description', 'quantity', 'unitAmount', 'taxRateId', 'depositAmount', 'depositPercent']
      : ['amount', 'currency', 'note', 'depositAmount', 'depositPercent'],
  );
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
        const asked = depositVariables(deposit, currency);
        setDepositError(asked.ok ? null : asked.error);
        if (!asked.ok) return;
        const depositVars = asked.vars;
        if (itemised) {
          const checked = lines.map((line) => ({ line, result: checkLine(line, currency) }));
          const problems = Object.fromEntries(
            checked.flatMap(({ line, result }) => (result.ok ? [] : [[`${line.key}.${result.field}`, result.error]])),
          );
          setLineErrors(problems);
          if (Object.keys(problems).length > 0) return;
          const lineItems = checked.map(({ result }) => (result as Extract<typeof result, { ok: true }>).line);
          void quote
            .run({
              id: request.id,
              lineItems,
              currency,
              note: note.trim() || null,
              saveCard,
              requireAcceptance,
              ...depositVars,
            })
            .then((ok) => ok && setNote(''));
          return;
        }
        const parsed = parseAmount(amount, currency);
        if (!parsed.ok) {
          setLocalError(parsed.error);
          return;
        }
        setLocalError(null);
        void quote
          .run({
            id: request.id,
            amount: parsed.amount,
            currency,
            note: note.trim() || null,
            saveCard,
            requireAcceptance,
            ...depositVars,
          })
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
        {itemised && (
          <QuoteLinesEditor
            lines={lines}
            onChange={setLines}
            currency={currency}
            errors={{ ...lineServerErrors, ...lineErrors }}
          />
        )}
        <Group align="flex-start" wrap="wrap">
          {!itemised && (
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
          )}
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
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setItemised(!itemised)}>
            {itemised ? 'One amount instead' : 'Itemise: lines, quantities and taxes'}
          </Button>
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="deposit-label">
            Deposit
          </Text>
          <SegmentedControl
            aria-labelledby="deposit-label"
            value={deposit.mode}
            onChange={(value) => deposit.choose(value as DepositMode)}
            data={[
              { value: 'none', label: 'None' },
              { value: 'percent', label: 'Percent' },
              { value: 'amount', label: 'Amount' },
            ]}
            w="fit-content"
          />
          {deposit.mode !== 'none' && (
            <TextInput
              label={
                deposit.mode === 'percent' ? 'Deposit (% of the total with tax)' : `Deposit (${currency.toUpperCase()})`
              }
              description="Paid first to book the work; the balance is collected later through the same link"
              inputMode={deposit.mode === 'percent' ? 'numeric' : 'decimal'}
              value={deposit.value}
              onChange={(e) => deposit.type(e.currentTarget.value)}
              error={depositError ?? server['depositAmount'] ?? server['depositPercent']}
              maw={260}
            />
          )}
        </Stack>
        <TextInput
          label="Note to the customer (optional)"
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
        <Checkbox
          label="Customer accepts the quote online first"
          description="The payment link opens the quote page, where the customer types their name to accept before paying"
          checked={requireAcceptance}
          onChange={(e) => setRequireAcceptance(e.currentTarget.checked)}
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
