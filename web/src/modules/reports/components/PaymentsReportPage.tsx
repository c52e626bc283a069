import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';

import { BarChart } from '@mantine/charts';
import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';

import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { currencyDecimals, formatMoney } from '../../../lib/money';
import { usePaymentsInPeriod } from '../hooks/usePaymentsReport';
import { buildReport, reportCsv } from '../report';

type Range = [string | null, string | null];

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Money received in a period. The schema has no `paymentsReport` query, so this adds up the
 * payments of the requests updated in the period (see usePaymentsInPeriod).
 */
export function PaymentsReportPage() {
  const [range, setRange] = useState<Range>([
    dayjs().subtract(29, 'day').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);
  const [currency, setCurrency] = useState<string | null>(null);
  const from = range[0] ? dayjs(range[0]).startOf('day').toDate() : null;
  const to = range[1] ? dayjs(range[1]).add(1, 'day').startOf('day').toDate() : null;
  const { payments, loading, error, truncated, retry } = usePaymentsInPeriod(from, to);
  const fromMs = from?.getTime();
  const toMs = to?.getTime();
  const report = useMemo(
    () =>
      fromMs !== undefined && toMs !== undefined
        ? buildReport(payments, new Date(fromMs), new Date(toMs), currency ?? undefined)
        : null,
    [payments, fromMs, toMs, currency],
  );
  const money = (amount: number) => formatMoney(amount, report?.currency ?? 'usd');
  const axis = (amount: number) => (amount / 10 ** currencyDecimals(report?.currency ?? 'usd')).toLocaleString('en-US');

  return (
    <Stack>
      <Title order={1}>Payments</Title>
      <Group align="flex-end" wrap="wrap">
        <DatePickerInput
          type="range"
          label="Period"
          value={range}
          onChange={(v) => setRange(v as Range)}
          maxDate={dayjs().format('YYYY-MM-DD')}
          valueFormat="MMM D, YYYY"
          allowSingleDateInRange
          w={300}
        />
        <Select
          label="Currency"
          data={(report?.currencies ?? ['usd']).map((c) => ({ value: c, label: c.toUpperCase() }))}
          value={report?.currency ?? null}
          onChange={setCurrency}
          allowDeselect={false}
          w={120}
        />
        <Button
          variant="default"
          disabled={!report || report.payments.length === 0}
          onClick={() =>
            report && download(`payments-${range[0]}-to-${range[1]}-${report.currency}.csv`, reportCsv(report))
          }
        >
          Export CSV
        </Button>
      </Group>
      {truncated && (
        <Alert color="orange">The period touches more requests than this page adds up; choose a shorter period.</Alert>
      )}
      {!from || !to ? (
        <Text c="dimmed">Choose the first and last day of the period.</Text>
      ) : error ? (
        <ErrorState error={error} onRetry={retry} />
      ) : loading && payments.length === 0 ? (
        <LoadingState label="Adding up payments" />
      ) : !report || report.payments.length === 0 ? (
        <EmptyState title="No payments in this period">Money received by Stripe or marked paid shows here.</EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {[
              ['Received', money(report.totals.paid)],
              ['Refunded', money(report.totals.refunded)],
              ['Net', money(report.totals.net)],
              ['Payments', String(report.totals.count)],
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
                data={report.byDay}
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
                    <Table.Tr key={m.method}>
                      <Table.Td>{m.method}</Table.Td>
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
