import { AsyncLocalStorage } from 'node:async_hooks';

type Task = () => Promise<void>;

const queue = new AsyncLocalStorage<Task[]>();

/**
 * Runs `task` after the enclosing `withAfterCommit` transaction commits, or now when there is none.
 * Lets a change made inside a larger transaction (an inbox event) publish only once all of it is
 * committed, and never when it rolls back.
 */
export async function afterCommit(task: Task): Promise<void> {
  const pending = queue.getStore();
  if (pending) pending.push(task);
  else await task();
}

/** Runs `work` (which commits a transaction), then the tasks it deferred; none if it throws. */
export async function withAfterCommit<T>(work: () => Promise<T>): Promise<T> {
  const tasks: Task[] = [];
  const result = await queue.run(tasks, work);
  for (const task of tasks) await task();
  return result;
}
