import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { parsePercentage, parseQuantity, quoteTotals } from '@money/quote-math';

import { formatAmount, parseUnitAmount, toHumanAmount } from '../../../lib/money';
import { useBusinessSettings } from '../../settings/hooks/useBusinessSettings';

export interface LineDraft {
  key: string;
  description: string;
  quantity: string;
  unitPrice: string;
  taxRateId: string | null;
}

/** A line as the API takes it, or the problem with what was typed. */
export type CheckedLine =
  | { ok: true; line: { description: string; quantity: number; unitAmount: number; taxRateId: string | null } }
  | { ok: false; field: 'description' | 'quantity' | 'unitPrice'; error: string };

let drafted = 0;
export const newLine = (overrides: Partial<LineDraft> = {}): LineDraft => ({
  key: `line-${++drafted}`,
  description: '',
  quantity: '1',
  unitPrice: '',
  taxRateId: null,
  ...overrides,
});

/** The lines of a stored quote, as drafts to edit. */
export function draftsOf(
  lines: readonly { description: string; quantity: number; unitAmount: number; taxRate: { id: string } | null }[],
  currency: string,
): LineDraft[] {
  return lines.map((l) =>
    newLine({
      description: l.description,
      quantity: String(l.quantity),
      unitPrice: toHumanAmount(l.unitAmount, currency),
      taxRateId: l.taxRate?.id ?? null,
    }),
  );
}

export function checkLine(draft: LineDraft, currency: string): CheckedLine {
  const description = draft.description.trim();
  if (!description) return { ok: false, field: 'description', error: 'Describe the work' };
  const thousandths = parseQuantity(draft.quantity.trim());
  if (thousandths === undefined)
    return { ok: false, field: 'quantity', error: 'A quantity above 0, with up to 3 decimals' };
  const unit = parseUnitAmount(draft.unitPrice, currency);
  if (!unit.ok) return { ok: false, field: 'unitPrice', error: unit.error };
  return {
    ok: true,
    line: { description, quantity: thousandths / 1000, unitAmount: unit.amount, taxRateId: draft.taxRateId },
  };
}

/**
 * The quote's lines: description, quantity (up to 3 decimals), unit price and a tax rate of the
 * business's, with the subtotal, tax and total computed as the server and Stripe compute them.
 */
export function QuoteLinesEditor({
  lines,
  onChange,
  currency,
  errors,
}: {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  currency: string;
  /** Problems by `${line key}.${field}`, and the server's by `lineItems[i].field`. */
  errors: Record<string, string>;
}) {
  const settings = useBusinessSettings();
  const rates = settings.data?.businessSettings.taxRates ?? [];
  const set = (key: string, patch: Partial<LineDraft>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const checked = lines.map((l) => checkLine(l, currency));
  const totals = checked.every((c) => c.ok)
    ? quoteTotals(
        checked.map((c) => {
          const line = (c as Extract<CheckedLine, { ok: true }>).line;
          const rate = rates.find((r) => r.id === line.taxRateId);
          return {
            quantity: Math.round(line.quantity * 1000),
            unitAmount: line.unitAmount,
            tax: rate ? { percentage: parsePercentage(rate.percentage) ?? 0, inclusive: rate.inclusive } : undefined,
          };
        }),
        currency,
      )
    : undefined;
  const error = (line: LineDraft, index: number, field: string, serverField = field) =>
    errors[`${line.key}.${field}`] ?? errors[`lineItems[${index}].${serverField}`];

  return (
    <Stack gap="xs">
      {lines.map((line, index) => (
        <Group key={line.key} align="flex-start" wrap="wrap" gap="xs" data-testid="quote-line">
          <TextInput
            label="Description"
            value={line.description}
            onChange={(e) => set(line.key, { description: e.currentTarget.value })}
            error={error(line, index, 'description')}
            style={{ flex: '3 1 200px' }}
          />
          <TextInput
            label="Quantity"
            inputMode="decimal"
            value={line.quantity}
            onChange={(e) => set(line.key, { quantity: e.currentTarget.value })}
            error={error(line, index, 'quantity')}
            style={{ flex: '1 1 80px' }}
          />
          <TextInput
            label="Unit price"
            inputMode="decimal"
            value={line.unitPrice}
            onChange={(e) => set(line.key, { unitPrice: e.currentTarget.value })}
            error={error(line, index, 'unitPrice', 'unitAmount')}
            style={{ flex: '1 1 100px' }}
          />
          <Select
            label="Tax"
            placeholder="No tax"
            data={rates.map((r) => ({
              value: r.id,
              label: `${r.name} ${r.percentage} %${r.inclusive ? ' (incl.)' : ''}`,
            }))}
            value={line.taxRateId}
            onChange={(value) => set(line.key, { taxRateId: value })}
            clearable
            error={errors[`lineItems[${index}].taxRateId`]}
            style={{ flex: '1 1 140px' }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={`Remove line ${index + 1}`}
            disabled={lines.length === 1}
            onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between" wrap="wrap">
        <Button variant="light" size="compact-sm" onClick={() => onChange([...lines, newLine()])}>
          Add a line
        </Button>
        <Text size="sm" data-testid="quote-form-totals">
          {totals
            ? `Subtotal ${formatAmount(totals.subtotal, currency)} · Tax ${formatAmount(totals.taxAmount, currency)} · Total ${formatAmount(totals.total, currency)}`
            : 'Totals appear once every line is complete'}
        </Text>
      </Group>
    </Stack>
  );
}
