import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting: an admin (through the admin guard) or a campaign's starter (its jobs). */
export interface Acting {
  /** The admin's name at the time, or their email when they have none. */
  name: string;
  adminId?: string | undefined;
  /** The client address of the request, when there is one. */
  address?: string | undefined;
}

const store = new AsyncLocalStorage<Acting>();

/**
 * Runs `work` as `acting`: what it writes to a timeline names them. Ambient rather than passed
 * down, so that every service and engine path an operation takes names its actor without each
 * signature carrying it.
 */
export const actingAs = <T>(acting: Acting, work: () => T): T => store.run(acting, work);

export const currentActing = (): Acting | undefined => store.getStore();
