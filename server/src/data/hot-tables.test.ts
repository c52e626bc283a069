import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Admin } from '../auth/admin.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { createRequest } from '../test-support/requests';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
});
afterAll(() => server.close());

describe('the unit of work, at run time', () => {
  it('refuses to flush a change or a removal of a hot table, and writes nothing', async () => {
    const { id } = await createRequest(server, token, { description: 'Hedge trimming' });
    const changed = server.orm.em.fork();
    (await changed.findOneOrFail(ServiceRequest, id)).description = 'Changed by the unit of work';
    await expect(changed.flush()).rejects.toThrow(
      'ServiceRequest is written with SQL (server/src/data), not by the unit of work',
    );
    const removed = server.orm.em.fork();
    removed.remove(await removed.findOneOrFail(ServiceRequest, id));
    await expect(removed.flush()).rejects.toThrow('ServiceRequest is written with SQL');

    const [row] = await server.orm.em
      .fork()
      .execute<{ description: string }[]>('select description from service_request where id = ?', [id]);
    expect(row).toEqual({ description: 'Hedge trimming' });
  });

  it('still flushes the tables the ORM keeps', async () => {
    const em = server.orm.em.fork();
    const admin = await em.findOneOrFail(Admin, { email: { $ne: null } }, { orderBy: { email: 'asc' } });
    const name = `Renamed ${Date.now()}`;
    admin.name = name;
    await em.flush();
    expect((await server.orm.em.fork().findOneOrFail(Admin, admin.id)).name).toBe(name);
  });
});
