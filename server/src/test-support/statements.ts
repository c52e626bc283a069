import type { TestServer } from './test-server';

/** The parts of a pg client (the driver the ORM's knex loaded) that say whether it is busy. */
interface PgClient {
  _activeQuery: unknown;
  _queryQueue: unknown[];
}

/**
 * The SQL statements `run` made the server send (each through the ORM's connection), and those of
 * them sent on a connection still busy with another: statements run at once inside a transaction
 * share its one connection, where pg queues them (and warns that a later pg will not).
 */
export async function statements(
  server: Pick<TestServer, 'orm'>,
  run: () => Promise<unknown>,
): Promise<{ sent: string[]; onBusyConnection: string[] }> {
  const knex = server.orm.em.getConnection().getKnex();
  const client = (knex.client as { driver: { Client: { prototype: { query: (...args: unknown[]) => unknown } } } })
    .driver.Client.prototype;
  const sent: string[] = [];
  const onBusyConnection: string[] = [];
  const query = client.query;
  client.query = function (this: PgClient, ...args: unknown[]) {
    const [config] = args;
    const sql = typeof config === 'string' ? config : (config as { text?: string }).text;
    if (sql !== undefined && (this._activeQuery || this._queryQueue.length > 0)) onBusyConnection.push(sql);
    return query.apply(this, args);
  };
  const onQuery = (q: { sql: string }) => sent.push(q.sql);
  knex.on('query', onQuery);
  try {
    await run();
  } finally {
    knex.off('query', onQuery);
    client.query = query;
  }
  return { sent, onBusyConnection };
}
