import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ BUSINESS_NAME: 'Green Thumbs', CURRENCY: 'usd' });
  token = await server.login();
});
afterAll(() => server?.close());

const SETTINGS = `name logoUrl accentColor address phone replyTo timeZone currency defaultDepositPercent
  quoteValidityDays reminderDays terms fromEnvironment taxRates { id name percentage inclusive }`;
const read = async () => ok(await server.gql(`{ businessSettings { ${SETTINGS} } }`, {}, token))['businessSettings'];
const update = (input: Record<string, unknown>) =>
  server.gql(
    `mutation($input: BusinessSettingsInput!) { updateBusinessSettings(input: $input) { ${SETTINGS} } }`,
    { input },
    token,
  );
/** How many settings changes the audit log holds (each successful update is one). */
const settingsChanges = async () =>
  ok(await server.gql(`{ auditLog(kind: "SETTINGS_CHANGED") { totalCount edges { node { actor } } } }`, {}, token))[
    'auditLog'
  ] as { totalCount: number; edges: { node: { actor: string } }[] };

it('starts from the environment, saves what the admin sets, and says which values still come from it', async () => {
  expect(await read()).toEqual({
    name: 'Green Thumbs',
    logoUrl: null,
    accentColor: null,
    address: null,
    phone: null,
    replyTo: null,
    timeZone: 'UTC',
    currency: 'usd',
    defaultDepositPercent: null,
    quoteValidityDays: null,
    reminderDays: [],
    terms: null,
    fromEnvironment: ['name', 'currency'],
    taxRates: [],
  });
  const saved = ok(
    await update({
      name: 'Green Thumbs Ltd',
      accentColor: '#2f9e44',
      logoUrl: 'https://example.com/logo.png',
      address: '1 Garden Row, Springfield',
      phone: '+1 555 0100',
      replyTo: 'office@greenthumbs.example',
      timeZone: 'America/New_York',
      currency: 'EUR',
      defaultDepositPercent: 30,
      quoteValidityDays: 30,
      reminderDays: [3, 7],
      terms: 'Payment due on acceptance.',
      taxRates: [
        { name: 'Sales tax', percentage: '8.875', inclusive: false },
        { name: 'VAT', percentage: '20.0000', inclusive: true },
      ],
    }),
  )['updateBusinessSettings'];
  expect(saved).toMatchObject({
    name: 'Green Thumbs Ltd',
    timeZone: 'America/New_York',
    currency: 'eur',
    reminderDays: [3, 7],
    fromEnvironment: [],
    taxRates: [
      { name: 'Sales tax', percentage: '8.875', inclusive: false },
      { name: 'VAT', percentage: '20', inclusive: true },
    ],
  });
  expect(await read()).toEqual(saved);
  // The boot line names the environment values set that a saved setting now overrides.
  const em = server.orm.em.fork();
  expect(await server.services.business.overriddenEnvironment(em, { BUSINESS_NAME: 'x', CURRENCY: 'usd' })).toEqual([
    'BUSINESS_NAME',
    'CURRENCY',
  ]);
  expect(await server.services.business.overriddenEnvironment(em, {})).toEqual([]);
  // New requests are in the business's currency.
  const request = await createRequest(server, token);
  expect(request.currency).toBe('eur');

  // A field left out keeps its value; null goes back to the default.
  const cleared = ok(await update({ name: null, currency: null }))['updateBusinessSettings'];
  expect(cleared).toMatchObject({ name: 'Green Thumbs', currency: 'usd', timeZone: 'America/New_York' });
  expect(cleared.fromEnvironment).toEqual(['name', 'currency']);
  expect(await server.services.business.overriddenEnvironment(em, { BUSINESS_NAME: 'x', CURRENCY: 'usd' })).toEqual([]);
  // Both updates are in the audit log, naming who made them.
  const changes = await settingsChanges();
  expect(changes.totalCount).toBe(2);
  expect(changes.edges.every((e) => e.node.actor.length > 0)).toBe(true);
});

it('keeps a rate’s id when renamed, refuses to change its percentage, and retires rates taken off the list', async () => {
  const [sales, vat] = (await read()).taxRates as { id: string; percentage: string; inclusive: boolean }[];
  const renamed = ok(
    await update({ taxRates: [{ id: sales?.id, name: 'NY sales tax', percentage: '8.875', inclusive: false }] }),
  )['updateBusinessSettings'];
  expect(renamed.taxRates).toEqual([{ id: sales?.id, name: 'NY sales tax', percentage: '8.875', inclusive: false }]);
  const retired = await server.orm.em
    .fork()
    .getConnection()
    .execute(`select active from tax_rate where id = ?`, [vat?.id]);
  expect(retired).toEqual([{ active: false }]);

  const changed = await update({
    taxRates: [{ id: sales?.id, name: 'NY sales tax', percentage: '9', inclusive: false }],
  });
  expect(errorCode(changed)).toBe('BAD_USER_INPUT');
  expect(changed.errors?.[0]?.extensions['field']).toBe('taxRates[0].percentage');
});

it.each([
  [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  [{ currency: 'xyz' }, 'currency'],
  [{ accentColor: 'green' }, 'accentColor'],
  [{ logoUrl: 'http://example.com/logo.png' }, 'logoUrl'],
  [{ replyTo: 'not an address' }, 'replyTo'],
  [{ phone: 'call me' }, 'phone'],
  [{ defaultDepositPercent: 101 }, 'defaultDepositPercent'],
  [{ quoteValidityDays: 0 }, 'quoteValidityDays'],
  [{ reminderDays: [7, 3] }, 'reminderDays'],
  [{ name: 'Evil\r\nBcc: x@example.com' }, 'name'],
  [{ taxRates: [{ name: 'Tax', percentage: '8.87501', inclusive: false }] }, 'taxRates[0].percentage'],
  [{ taxRates: [{ name: 'Tax', percentage: '100', inclusive: false }] }, 'taxRates[0].percentage'],
  [
    {
      taxRates: [
        { name: 'Tax', percentage: '5', inclusive: false },
        { name: 'tax', percentage: '6', inclusive: false },
      ],
    },
    'taxRates[1].name',
  ],
  [
    { taxRates: [{ id: '00000000-0000-4000-8000-000000000000', name: 'T', percentage: '5', inclusive: false }] },
    'taxRates[0].id',
  ],
])('refuses %j with BAD_USER_INPUT naming %s, and changes nothing', async (input, field) => {
  const before = await read();
  const audited = (await settingsChanges()).totalCount;
  // Valid values beside the bad one are not saved either.
  const refused = await update({ ...input, terms: 'Should not be saved' });
  expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.extensions['field']).toBe(field);
  expect(await read()).toEqual(before);
  expect((await settingsChanges()).totalCount).toBe(audited);
});
