import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { ReconcileService } from './reconcile.service';

const LOCK = 4_242_002;

/**
 * Runs reconciliation every `intervalMs` over the last two intervals (an hour at least), on one
 * replica at a time: the run holds a PostgreSQL advisory lock that the others fail to take.
 * In test mode Stripe retries a failed delivery only a few times: this catches an outage.
 */
export function startReconcileScheduler(
  orm: MikroORM,
  reconcile: ReconcileService,
  intervalMs: number,
  log: Logger,
): () => Promise<void> {
  if (intervalMs <= 0) return async () => undefined;
  let running: Promise<unknown> | undefined;
  const run = async () => {
    const knex = orm.em.getConnection().getKnex();
    await knex.transaction(async (trx) => {
      const { rows } = await trx.raw<{ rows: { got: boolean }[] }>('select pg_try_advisory_xact_lock(?) as got', [
        LOCK,
      ]);
      if (!rows[0]?.got) return; // another replica is on it
      const to = new Date();
      const from = new Date(to.getTime() - Math.max(2 * intervalMs, 3_600_000));
      const report = await reconcile.sync({ from, to });
      log.info({ ...report, from, to }, 'reconciliation run');
    });
  };
  const timer = setInterval(() => {
    running ??= run()
      .catch((error: unknown) => log.error({ err: error }, 'reconciliation run failed'))
      .finally(() => (running = undefined));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
