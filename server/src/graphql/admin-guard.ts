import { Extensions, type MiddlewareFn } from 'type-graphql';

import { UnauthenticatedError } from '../common/errors';
import type { Context } from './context';

/** Marks a root operation as open to anyone; every other operation needs a signed-in admin. */
export const Public = () => Extensions({ public: true });

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The one guard: default-deny on every root field not marked `@Public()`, so an operation added
 * later is protected without anyone remembering to protect it.
 */
export const AdminGuard: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (ROOT_TYPES.has(info.parentType.name)) {
    const field = info.parentType.getFields()[info.fieldName];
    if (field?.extensions['public'] !== true && !context.auth) throw new UnauthenticatedError();
  }
  return next();
};
