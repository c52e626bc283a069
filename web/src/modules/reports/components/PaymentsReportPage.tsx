import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';

import { BarChart } from '@mantine/charts';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useMemo, useState } from 'react';

import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { calendarLabels } from '../../../lib/dates';
import { currencyDecimals, formatAmount } from '../../../lib/money';
import { useBusinessSettings } from '../../settings/hooks/useBusinessSettings';
import { usePaymentsReport } from '../hooks/usePaymentsReport';
import { everyDay, reportCsv } from '../report';

type Range = [string | null, string | null];

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

dayjs.extend(utc);
dayjs.extend(timezone);

/** The instant `day` (YYYY-MM-DD) starts in `zone`. */
const startOfDay = (day: string | null, zone: string | undefined) =>
  day && zone ? dayjs.tz(day, zone).toDate() : null;

/** Money received in a period, as the server adds it up (`paymentsReport`), by day and by method. */
export function PaymentsReportPage() {
  const [range, setRange] = useState<Range>([
    dayjs().subtract(29, 'day').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);
  const [currency, setCurrency] = useState<string | null>(null);
  const [first, last] = range;
  // The period's days are the business's calendar days, wherever the admin is.
  const timeZone = useBusinessSettings().data?.businessSettings.timeZone;
  const from = useMemo(() => startOfDay(first, timeZone), [first, timeZone]);
  const to = useMemo(
    () => startOfDay(last && dayjs(last).add(1, 'day').format('YYYY-MM-DD'), timeZone),
    [last, timeZone],
  );
  const { report, loading, error, retry } = usePaymentsReport(from, to, currency, timeZone);
  const days = useMemo(() => (report && first && last ? everyDay(report, first, last) : []), [report, first, last]);
  const code = report?.currency ?? currency ?? 'usd';
  const money = (amount: number) => formatAmount(amount, code);
  const axis = (amount: number) => (amount / 10 ** currencyDecimals(code)).toLocaleString('en-US');
  const currencies = [...new Set([code, ...(report?.currencies ?? [])])];

  return (
    <Stack>
      <Title order={1}>Payments</Title>
      {timeZone && (
        <Text size="sm" c="dimmed">
          Days in the business&apos;s time zone, {timeZone}
        </Text>
      )}
      <Group align="flex-end" wrap="wrap">
        <DatePickerInput
          type="range"
          label="Period"
          value={range}
          onChange={(v) => setRange(v as Range)}
          maxDate={dayjs().format('YYYY-MM-DD')}
          valueFormat="MMM D, YYYY"
          allowSingleDateInRange
          {...calendarLabels}
          w={300}
        />
        <Select
          label="Currency"
          data={currencies.map((c) => ({ value: c, label: c.toUpperCase() }))}
          value={code}
          onChange={setCurrency}
          allowDeselect={false}
          w={120}
        />
        <Button
          variant="default"
          disabled={!report || report.count === 0}
          onClick={() => download(`payments-${first}-to-${last}-${code}.csv`, reportCsv(days, code))}
        >
          Export CSV
        </Button>
      </Group>
      {!from || !to ? (
        <Text c="dimmed">Choose the first and last day of the period.</Text>
      ) : error ? (
        <ErrorState error={error} onRetry={retry} />
      ) : loading && !report ? (
        <LoadingState label="Adding up payments" />
      ) : !report || report.count === 0 ? (
        <EmptyState title="No payments in this period">Money received by Stripe or marked paid shows here.</EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {[
              ['Received', money(report.paid)],
              ['Refunded', money(report.refunded)],
              ['Net', money(report.paid - report.refunded)],
              ['Payments', String(report.count)],
            ].map(([label, value]) => (
              <Card withBorder key={label}>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
                <Text fw={700} size="lg" data-testid={`report-${label?.toLowerCase()}`}>
                  {value}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              By day
            </Title>
            <div
              role="img"
              aria-label={`Bar chart of money received and refunded per day, ${report.currency.toUpperCase()}`}
            >
              <BarChart
                h={280}
                data={days}
                dataKey="day"
                withLegend
                valueFormatter={axis}
                series={[
                  { name: 'paid', label: 'Received', color: 'teal.7' },
                  { name: 'refunded', label: 'Refunded', color: 'grape.7' },
                ]}
              />
            </div>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              By payment method
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table aria-label="Payments by method">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Method</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Payments
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Received
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Refunded
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.byMethod.map((m) => (
                    <Table.Tr key={m.key}>
                      <Table.Td>{m.key}</Table.Td>
                      <Table.Td ta="right">{m.count}</Table.Td>
                      <Table.Td ta="right">{money(m.paid)}</Table.Td>
                      <Table.Td ta="right">{money(m.refunded)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" mt="xs">
              A payment counts on the day it was made; its refunds count with it, whenever they happened.
            </Text>
          </Card>
        </>
      )}
    </Stack>
  );
}
