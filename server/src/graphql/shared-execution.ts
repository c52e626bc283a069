import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, print } from 'graphql';

import type { Context } from './context';

type Result = ExecutionResult | AsyncIterableIterator<ExecutionResult>;

/**
 * `stream` with `fn` applied to each item while `open()` holds (the others are dropped); `return()`
 * reaches the source at once (an unsubscribe).
 */
function mapStream<T, U>(
  stream: AsyncIterable<T>,
  open: () => boolean,
  fn: (item: T) => Promise<U>,
): AsyncIterableIterator<U> {
  const source = stream[Symbol.asyncIterator]();
  return {
    async next() {
      for (;;) {
        const item = await source.next();
        if (item.done) return { done: true, value: undefined };
        if (!open()) continue;
        const value = await fn(item.value);
        // Checked again: the session may have ended while the shared execution ran.
        if (open()) return { done: false, value };
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql's `subscribe`, except that one change is executed once per operation, variables and
 * admin, however many subscribers ask the same: the SPA's subscription on a thousand tabs costs
 * one execution per change, not a thousand (each subscriber still gets its own message). Nothing is
 * delivered to a subscriber whose session `isLive` no longer says is live.
 */
export function sharedSubscribe(isLive: (sessionId: string) => boolean) {
  const executions = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args: ExecutionArgs): Promise<Result> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult; // errors, as graphql reports them
    const auth = (args.contextValue as Context).auth;
    const admin = auth?.admin.id ?? '';
    const open = () => auth !== undefined && isLive(auth.session.id);
    const key = JSON.stringify([admin, args.operationName ?? null, args.variableValues ?? {}, print(args.document)]);
    // Every subscriber receives the very object the change was published as: it keys the executions.
    return mapStream(stream as AsyncIterable<object>, open, (payload) => {
      let byOperation = executions.get(payload);
      if (!byOperation) executions.set(payload, (byOperation = new Map()));
      let result = byOperation.get(key);
      if (!result) byOperation.set(key, (result = Promise.resolve(execute({ ...args, rootValue: payload }))));
      return result;
    });
  };
}
