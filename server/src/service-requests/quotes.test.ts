import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;
let salesTax: string;
let vat: string;
let retired: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
  const rates = (input: unknown[]) =>
    server.gql(
      `mutation($rates: [TaxRateInput!]) { updateBusinessSettings(input: { taxRates: $rates, terms: "Net 14" }) {
         taxRates { id name } } }`,
      { rates: input },
      token,
    );
  const first = ok(
    await rates([
      { name: 'Old tax', percentage: '5', inclusive: false },
      { name: 'Sales tax', percentage: '8.875', inclusive: false },
      { name: 'VAT', percentage: '20', inclusive: true },
    ]),
  )['updateBusinessSettings'].taxRates as { id: string; name: string }[];
  const idOf = (name: string) => first.find((r) => r.name === name)?.id as string;
  [retired, salesTax, vat] = [idOf('Old tax'), idOf('Sales tax'), idOf('VAT')];
  ok(
    await rates(
      first
        .slice(1)
        .map(({ id, name }) => ({ id, name, percentage: name === 'VAT' ? '20' : '8.875', inclusive: name === 'VAT' })),
    ),
  );
});
afterAll(() => server?.close());

const QUOTE = `id status quoteAmount subtotal taxAmount currency quoteVersion version validUntil quoteNote quoteTerms
  lineItems { description quantity unitAmount amount taxAmount taxRate { name percentage inclusive } }`;
const quote = (id: string, args: Record<string, unknown>) =>
  server.gql(
    `mutation($id: ID!, $amount: Int, $lineItems: [LineItemInput!], $currency: String, $validUntil: DateTime, $note: String) {
       quote(id: $id, amount: $amount, lineItems: $lineItems, currency: $currency, validUntil: $validUntil, note: $note) { ${QUOTE} } }`,
    { id, ...args },
    token,
  );
const read = async (id: string) =>
  ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${QUOTE} } }`, { id }, token))['serviceRequest'];

it('prices itemised lines exactly: fractional quantities, exclusive tax on top, inclusive tax within', async () => {
  const { id } = await createRequest(server, token, { description: 'Garden works' });
  const quoted = ok(
    await quote(id, {
      note: 'Thanks for asking!',
      lineItems: [
        { description: 'Labour (hours)', quantity: 1.5, unitAmount: 3333, taxRateId: salesTax },
        { description: 'Mulch', quantity: 3, unitAmount: 1250, taxRateId: vat },
        { description: 'Disposal', quantity: 1, unitAmount: 2000 },
      ],
    }),
  )['quote'];
  // 1.5 × 33.33 = 49.995 → 50.00, tax 8.875 % = 4.4375 → 4.44; 3 × 12.50 = 37.50 with 20 % inside: 6.25.
  expect(quoted).toMatchObject({
    status: 'QUOTED',
    subtotal: 5000 + 3750 + 2000,
    taxAmount: 444 + 625,
    quoteAmount: 5000 + 3750 + 2000 + 444,
    quoteNote: 'Thanks for asking!',
    quoteTerms: 'Net 14',
    lineItems: [
      {
        description: 'Labour (hours)',
        quantity: 1.5,
        unitAmount: 3333,
        amount: 5000,
        taxAmount: 444,
        taxRate: { name: 'Sales tax', percentage: '8.875', inclusive: false },
      },
      {
        description: 'Mulch',
        quantity: 3,
        unitAmount: 1250,
        amount: 3750,
        taxAmount: 625,
        taxRate: { name: 'VAT', inclusive: true },
      },
      { description: 'Disposal', quantity: 1, unitAmount: 2000, amount: 2000, taxAmount: 0, taxRate: null },
    ],
  });
  expect(await read(id)).toEqual(quoted);
});

it('keeps the single-amount form as one line named after the request', async () => {
  const { id } = await createRequest(server, token, { description: 'Hedge trimming' });
  expect(ok(await quote(id, { amount: 12_500 }))['quote']).toMatchObject({
    quoteAmount: 12_500,
    subtotal: 12_500,
    taxAmount: 0,
    lineItems: [{ description: 'Hedge trimming', quantity: 1, unitAmount: 12_500, amount: 12_500, taxRate: null }],
  });
});

it('is valid for the business’s quote validity unless the quote says otherwise', async () => {
  const validity = (days: number | null) =>
    server.gql(
      'mutation($d: Int) { updateBusinessSettings(input: { quoteValidityDays: $d }) { quoteValidityDays } }',
      { d: days },
      token,
    );
  ok(await validity(10));
  try {
    const { id } = await createRequest(server, token);
    const before = Date.now();
    const { validUntil } = ok(await quote(id, { amount: 5000 }))['quote'];
    const days = (Date.parse(validUntil) - before) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(10);
    expect(days).toBeLessThan(10.01);
    const chosen = '2099-01-31T12:00:00.000Z';
    expect(ok(await quote(id, { amount: 5000, validUntil: chosen }))['quote'].validUntil).toBe(chosen);
  } finally {
    ok(await validity(null));
  }
  // Without a validity in the settings, a quote is valid until the business says otherwise.
  const { id } = await createRequest(server, token);
  expect(ok(await quote(id, { amount: 5000 }))['quote'].validUntil).toBeNull();
});

const line = (overrides: Record<string, unknown> = {}) => ({
  description: 'Work',
  quantity: 1,
  unitAmount: 5000,
  ...overrides,
});

it.each([
  ['a zero quantity', { lineItems: [line({ quantity: 0 })] }, 'lineItems[0].quantity'],
  ['a negative quantity', { lineItems: [line(), line({ quantity: -2 })] }, 'lineItems[1].quantity'],
  ['four decimals of quantity', { lineItems: [line({ quantity: 1.0005 })] }, 'lineItems[0].quantity'],
  ['a zero amount', { lineItems: [line({ unitAmount: 0 })] }, 'lineItems[0].unitAmount'],
  ['a negative amount', { lineItems: [line({ unitAmount: -100 })] }, 'lineItems[0].unitAmount'],
  ['a blank description', { lineItems: [line({ description: '  ' })] }, 'lineItems[0].description'],
  [
    'an unknown tax rate',
    { lineItems: [line({ taxRateId: '00000000-0000-4000-8000-000000000000' })] },
    'lineItems[0].taxRateId',
  ],
  ['a retired tax rate', { lineItems: [line({ taxRateId: 'RETIRED' })] }, 'lineItems[0].taxRateId'],
  [
    'a line over Stripe’s maximum',
    { lineItems: [line({ quantity: 2, unitAmount: 60_000_000 })] },
    'lineItems[0].unitAmount',
  ],
  [
    'a total over Stripe’s maximum',
    { lineItems: [line({ unitAmount: 60_000_000 }), line({ unitAmount: 60_000_000 })] },
    'lineItems',
  ],
  ['a total under the minimum', { lineItems: [line({ unitAmount: 20 })] }, 'lineItems'],
  ['no line at all', { lineItems: [] }, 'lineItems'],
  ['more than 100 lines', { lineItems: Array.from({ length: 101 }, () => line({ unitAmount: 100 })) }, 'lineItems'],
  ['both an amount and lines', { amount: 5000, lineItems: [line()] }, 'amount'],
  ['neither an amount nor lines', {}, 'amount'],
  [
    'a KWD amount Stripe cannot charge',
    { currency: 'kwd', lineItems: [line({ unitAmount: 1235 })] },
    'lineItems[0].unitAmount',
  ],
  ['a validity in the past', { amount: 5000, validUntil: '2020-01-01T00:00:00Z' }, 'validUntil'],
])('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_what, args, field) => {
  const { id } = await createRequest(server, token);
  ok(await quote(id, { lineItems: [line({ taxRateId: salesTax })] }));
  const before = await read(id);
  const withRate = JSON.parse(JSON.stringify(args).replace('"RETIRED"', JSON.stringify(retired)));
  const refused = await quote(id, withRate);
  expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.extensions['field']).toMatch(new RegExp(`(^|\\.)${field.replace(/[[\]]/g, '\\$&')}$`));
  expect(await read(id)).toEqual(before);
});
