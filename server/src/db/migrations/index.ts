import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261123123339 } from './Migration20261123123339_initial';

/** Every migration, oldest first; a new one from `migration:create` is added here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123123339_initial', class: Migration20261123123339 },
];
