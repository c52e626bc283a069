import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, postGraphql, serverEnv } from '../support/admin-api';
import { count, query } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { gql, type ServerProcess, startServerProcess } from '../support/server-process';

let cluster: PostgresCluster;
let db: string;
let server: ServerProcess;
let token: string;

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-contact');
  await cluster.createDatabase('contact');
  db = cluster.urlFor('contact');
  server = await startServerProcess(serverEnv(db));
  token = await login(server.url);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await cluster?.destroy();
});

/** Addresses that could carry a header injection or cannot be mailed through any relay. */
const REFUSED_EMAILS: [string, string][] = [
  ['CR LF inside a quoted local part', '"x\r\nBcc: all@example.com"@example.com'],
  ['CR LF at the end', 'mallory@example.com\r\nBcc: all@example.com'],
  ['LF alone', 'mallory\n@example.com'],
  ['a tab', 'mal\tlory@example.com'],
  ['DEL', 'mal\u007flory@example.com'],
  ['a C1 control (NEL)', 'mal\u0085lory@example.com'],
  ['a line separator', 'mal\u2028lory@example.com'],
  ['a quoted local part', '"mallory"@example.com'],
  ['a quoted local part with a space', '"mal lory"@example.com'],
  ['a comment', 'mallory(comment)@example.com'],
  ['a display name', 'Mallory <mallory@example.com>'],
  ['a UTF-8 local part', 'jos\u00e9@example.com'],
  ['an IP literal', 'mallory@[127.0.0.1]'],
];
const REFUSED_NAMES: [string, string][] = [
  ['CR LF', 'Mallory\r\nBcc: all@example.com'],
  ['a tab', 'Mal\tlory'],
  ['a C1 control', 'Mal\u0085lory'],
  ['a line separator', 'Mal\u2028lory'],
];

const REQUEST_SERVICE = `mutation($input: RequestServiceInput!) { requestService(input: $input) { id } }`;
const CREATE_REQUEST = `mutation($input: RequestServiceInput!) { createServiceRequest(input: $input) { id } }`;
const input = (fields: Record<string, string>) => ({
  customerName: 'Ada',
  customerEmail: 'ada@example.com',
  description: 'Fix the sink',
  ...fields,
});

/** The error an operation got: its code and field, as a client sees them. */
async function refusal(operation: string, variables: Record<string, unknown>, withSession: boolean) {
  const answer = await postGraphql(
    server.url,
    { query: operation, variables },
    withSession ? { authorization: `Bearer ${token}` } : {},
  );
  const [error] = answer.body?.errors ?? [];
  return { code: error?.extensions?.['code'], field: error?.extensions?.['field'] };
}

describe('emails and names are refused by one rule on every input', () => {
  const forms = [
    ['the public request form', REQUEST_SERVICE, false],
    ['the admin request form', CREATE_REQUEST, true],
  ] as const;

  it.each(forms)(
    '%s refuses control characters, quoted local parts and comments in the email',
    async (_l, op, admin) => {
      for (const [label, email] of REFUSED_EMAILS) {
        expect({ label, ...(await refusal(op, { input: input({ customerEmail: email }) }, admin)) }).toEqual({
          label,
          code: 'BAD_USER_INPUT',
          field: 'customerEmail',
        });
      }
    },
  );

  it.each(forms)('%s refuses control characters in the name', async (_l, op, admin) => {
    for (const [label, name] of REFUSED_NAMES) {
      expect({ label, ...(await refusal(op, { input: input({ customerName: name }) }, admin)) }).toEqual({
        label,
        code: 'BAD_USER_INPUT',
        field: 'customerName',
      });
    }
  });

  it('a campaign name with control characters is refused', async () => {
    const createCampaign = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
    const answer = await refusal(createCampaign, { input: { name: 'Spring\r\nsale', requestIds: [] } }, true);
    expect(answer).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('and nothing was stored; ordinary and internationalised addresses still pass', async () => {
    expect(await count(db, 'service_request')).toBe(0);
    expect(await count(db, 'customer')).toBe(0);
    for (const email of ['ada.lovelace+quotes@example.com', "o'brien@example.co.uk", 'ada@b\u00fccher.example']) {
      await gql(
        server.url,
        CREATE_REQUEST,
        { input: input({ customerEmail: email, customerName: 'Zo\u00eb Ren\u00e9e' }) },
        token,
      );
    }
    expect(await count(db, 'customer')).toBe(3);
  });
});

describe('customers stored before the rule', () => {
  it('are flagged by the migration, never deleted, and shown with the reason', async () => {
    // The database as it was before the migration: no column yet, and addresses the old check let through.
    const [migration] = await query<{ name: string }>(
      db,
      `delete from mikro_orm_migrations where name like '%email_problem' returning name`,
    );
    expect(migration).toBeDefined();
    await query(db, 'alter table customer drop column email_problem');
    const stored = {
      'cr-lf': '"x\r\ny"@example.com',
      quoted: '"ada"@example.com',
      utf8: 'jos\u00e9@example.com',
      fine: 'grace@example.com',
    };
    for (const [name, email] of Object.entries(stored)) {
      await query(
        db,
        'insert into customer (id, email, name, created_at, updated_at) values (gen_random_uuid(), $1, $2, now(), now())',
        [email, name],
      );
    }
    await server.stop();
    server = await startServerProcess(serverEnv(db)); // migrates at start
    token = await login(server.url);

    const { customers } = await gql<{
      customers: { edges: { node: { name: string; email: string; emailProblem: string | null } }[] };
    }>(server.url, '{ customers(search: "") { edges { node { name email emailProblem } } } }', {}, token);
    const byName = Object.fromEntries(customers.edges.map(({ node }) => [node.name, node]));
    expect(byName['cr-lf']).toMatchObject({ email: stored['cr-lf'], emailProblem: 'contains a control character' });
    expect(byName['quoted']?.emailProblem).toMatch(/must be an email address/);
    expect(byName['utf8']?.emailProblem).toMatch(/must be an email address/);
    expect(byName['fine']?.emailProblem).toBeNull();
    expect(await count(db, 'customer')).toBe(3 + 4);
  });
});
