import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  ColorInput,
  FileInput,
  Group,
  Image,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../components/States';
import type { BusinessSettingsFieldsFragment, BusinessSettingsInput } from '../../../gql/graphql';
import { toUserErrors } from '../../../lib/errors';
import { COMMON_CURRENCIES } from '../../../lib/money';
import { useBusinessSettings, useUpdateBusinessSettings } from '../hooks/useBusinessSettings';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');
const SHOWN_FIELDS = new Set([
  'name',
  'logo',
  'accentColor',
  'address',
  'phone',
  'replyTo',
  'timeZone',
  'currency',
  'defaultDepositPercent',
  'quoteValidityDays',
  'reminderDays',
  'terms',
]);

/**
 * The server's refusals by field, in one spelling: `taxRates[1].percentage` (as the service names
 * it) or `input.taxRates.1.percentage` (as input validation does). Keyed by the whole path, since
 * a rate's `name` is not the business's.
 */
function errorsByField(error: unknown): { fields: Record<string, string>; general: string | undefined } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of toUserErrors(error)) {
    const field = e.field?.replace(/^input\./, '').replace(/^taxRates\.(\d+)\./, 'taxRates[$1].');
    const rate = field && /^taxRates\[\d+\]\.(name|percentage|id)$/.exec(field);
    if (field && (SHOWN_FIELDS.has(field) || rate))
      fields[rate?.[1] === 'id' ? field.replace(/id$/, 'name') : field] ??= e.message;
    else rest.push(field ? `${field}: ${e.message}` : e.message);
  }
  return { fields, general: rest.length ? rest.join(' ') : undefined };
}

interface RateDraft {
  key: string;
  id?: string | undefined;
  name: string;
  percentage: string;
  inclusive: boolean;
}

let drafted = 0;
const draftKey = () => `new-${++drafted}`;

/** Reads a chosen file as a data: URL, the form the server takes a logo in. */
const dataUrlOf = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });

/** The logo: saved as soon as it is chosen (the server checks it), shown as customers will see it. */
function LogoField({ logoUrl }: { logoUrl: string | null }) {
  const upload = useUpdateBusinessSettings();
  const { fields, general } = errorsByField(upload.error);
  return (
    <Stack gap={4}>
      <FileInput
        label="Logo"
        description="PNG or JPEG, under 512 KB and 2000 × 2000 pixels"
        accept="image/png,image/jpeg"
        placeholder={logoUrl ? 'Replace the logo' : 'Choose a file'}
        clearable={false}
        value={null}
        onChange={(file) => {
          upload.reset();
          if (file) void dataUrlOf(file).then((logo) => upload.run({ logo }));
        }}
        error={fields['logo'] ?? general}
        disabled={upload.loading}
      />
      {logoUrl && (
        <Group gap="xs">
          <Image src={logoUrl} alt="Current logo" h={48} w="auto" fit="contain" data-testid="logo-preview" />
          <Button variant="subtle" color="red" size="xs" onClick={() => void upload.run({ logo: null })}>
            Remove
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The business's own settings: its name and look, its defaults for quotes, and the tax rates it offers. */
export function BusinessSettingsPage() {
  const settings = useBusinessSettings();
  const loaded = settings.data?.businessSettings;
  if (settings.error && !loaded) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!loaded) return <LoadingState />;
  return <SettingsForm initial={loaded} />;
}

function SettingsForm({ initial }: { initial: BusinessSettingsFieldsFragment }) {
  const update = useUpdateBusinessSettings();
  const [text, setText] = useState({
    name: initial.name,
    accentColor: initial.accentColor ?? '',
    address: initial.address ?? '',
    phone: initial.phone ?? '',
    replyTo: initial.replyTo ?? '',
    terms: initial.terms ?? '',
    reminderDays: initial.reminderDays.join(', '),
  });
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [currency, setCurrency] = useState(initial.currency);
  const [deposit, setDeposit] = useState<number | string>(initial.defaultDepositPercent ?? '');
  const [validity, setValidity] = useState<number | string>(initial.quoteValidityDays ?? '');
  const [rates, setRates] = useState<RateDraft[]>(initial.taxRates.map((r) => ({ ...r, key: r.id })));
  const [localError, setLocalError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { fields: server, general } = errorsByField(update.error);
  const fromEnv = new Set(initial.fromEnvironment);
  const envBadge = (field: string, variable: string) =>
    fromEnv.has(field) ? (
      <Badge size="xs" variant="light" color="gray" ml="xs">
        from {variable}
      </Badge>
    ) : null;
  const bind = (field: keyof typeof text) => ({
    value: text[field],
    onChange: (e: { currentTarget: { value: string } }) => setText({ ...text, [field]: e.currentTarget.value }),
    error: server[field],
  });
  const setRate = (key: string, patch: Partial<RateDraft>) =>
    setRates(rates.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <form
      noValidate
      aria-labelledby="settings-heading"
      onSubmit={(e) => {
        e.preventDefault();
        update.reset();
        setSaved(false);
        const days = text.reminderDays
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
        if (days.some((d) => !Number.isInteger(d))) {
          setLocalError('Reminder days are whole numbers, like 3, 7');
          return;
        }
        setLocalError(null);
        const blank = (value: string) => (value.trim() === '' ? null : value.trim());
        const input: BusinessSettingsInput = {
          accentColor: blank(text.accentColor),
          address: blank(text.address),
          phone: blank(text.phone),
          replyTo: blank(text.replyTo),
          terms: blank(text.terms),
          timeZone,
          defaultDepositPercent: deposit === '' ? null : Number(deposit),
          quoteValidityDays: validity === '' ? null : Number(validity),
          reminderDays: days,
          taxRates: rates.map(({ id, name, percentage, inclusive }) => ({
            id: id ?? null,
            name,
            percentage,
            inclusive,
          })),
          // An environment default stays one until the admin changes it.
          ...(fromEnv.has('name') && text.name === initial.name ? {} : { name: blank(text.name) }),
          ...(fromEnv.has('currency') && currency === initial.currency ? {} : { currency }),
        };
        void update.run(input).then(setSaved);
      }}
    >
      <Stack gap="md" maw={720}>
        <Title order={1} id="settings-heading">
          Business settings
        </Title>
        <Text size="sm" c="dimmed">
          The business’s details and the defaults of new requests and quotes: new requests take this currency, quotes
          offer these tax rates and terms. Saved values win over the environment (BUSINESS_NAME, CURRENCY); clear a
          field to go back to its default.
        </Text>
        <TextInput label={<>Business name{envBadge('name', 'BUSINESS_NAME')}</>} required {...bind('name')} />
        <Group grow align="flex-start">
          <LogoField logoUrl={initial.logoUrl ?? null} />
          <ColorInput
            label="Accent colour"
            format="hex"
            value={text.accentColor}
            onChange={(value) => setText({ ...text, accentColor: value })}
            error={server['accentColor']}
          />
        </Group>
        <Textarea label="Address" rows={2} {...bind('address')} />
        <Group grow align="flex-start">
          <TextInput label="Phone" {...bind('phone')} />
          <TextInput label="Reply-to email" {...bind('replyTo')} />
        </Group>
        <Group grow align="flex-start">
          <Select
            label="Time zone"
            data={TIME_ZONES}
            value={timeZone}
            onChange={(v) => v && setTimeZone(v)}
            searchable
            allowDeselect={false}
            error={server['timeZone']}
          />
          <Select
            label={<>Currency{envBadge('currency', 'CURRENCY')}</>}
            data={[...new Set([...COMMON_CURRENCIES, currency])].map((c) => ({ value: c, label: c.toUpperCase() }))}
            value={currency}
            onChange={(v) => v && setCurrency(v)}
            searchable
            allowDeselect={false}
            error={server['currency']}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label="Default deposit (%)"
            min={0}
            max={100}
            allowDecimal={false}
            value={deposit}
            onChange={setDeposit}
            error={server['defaultDepositPercent']}
          />
          <NumberInput
            label="Quotes valid for (days)"
            min={1}
            max={365}
            allowDecimal={false}
            value={validity}
            onChange={setValidity}
            error={server['quoteValidityDays']}
          />
          <TextInput
            label="Reminders after (days)"
            description="For example 3, 7"
            {...bind('reminderDays')}
            error={localError ?? server['reminderDays']}
          />
        </Group>
        <Textarea label="Terms" rows={4} {...bind('terms')} />

        <Title order={2} size="h4">
          Tax rates
        </Title>
        <Text size="sm" c="dimmed">
          A rate’s percentage never changes once saved (quotes use it): to change one, add a new rate and remove the old
          one. Inclusive rates are part of the line amounts; exclusive ones are added on top.
        </Text>
        {rates.map((rate, index) => (
          <Group key={rate.key} align="flex-end" wrap="wrap" data-testid="tax-rate">
            <TextInput
              label="Name"
              value={rate.name}
              onChange={(e) => setRate(rate.key, { name: e.currentTarget.value })}
              error={server[`taxRates[${index}].name`]}
              style={{ flex: '2 1 160px' }}
            />
            <TextInput
              label="Percentage"
              inputMode="decimal"
              value={rate.percentage}
              disabled={rate.id !== undefined}
              onChange={(e) => setRate(rate.key, { percentage: e.currentTarget.value })}
              error={server[`taxRates[${index}].percentage`]}
              style={{ flex: '1 1 100px' }}
            />
            <Checkbox
              label="Inclusive"
              checked={rate.inclusive}
              disabled={rate.id !== undefined}
              onChange={(e) => setRate(rate.key, { inclusive: e.currentTarget.checked })}
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${rate.name || 'this rate'}`}
              onClick={() => setRates(rates.filter((r) => r.key !== rate.key))}
              mb={4}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => setRates([...rates, { key: draftKey(), name: '', percentage: '', inclusive: false }])}
          >
            Add a tax rate
          </Button>
        </Group>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" role="status">
            Saved.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.loading}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
