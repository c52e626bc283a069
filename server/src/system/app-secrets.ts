import { randomBytes } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { AppSecret } from './app-secret.entity';

/**
 * Returns the stored secret `name`, generating it on first use. `insert … on conflict do nothing`
 * makes concurrent first starts of several replicas agree on one value.
 */
export async function sharedSecret(em: EntityManager, name: string): Promise<string> {
  const fresh = randomBytes(32).toString('base64url');
  await em
    .createQueryBuilder(AppSecret)
    .insert({ name, value: fresh, createdAt: new Date() })
    .onConflict('name')
    .ignore()
    .execute();
  const stored = await em.fork().findOneOrFail(AppSecret, { name });
  return stored.value;
}
