import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, print } from 'graphql';

import type { Context } from '../graphql/context';

type Result = ExecutionResult | AsyncIterableIterator<ExecutionResult>;

/** `stream` with `fn` applied to each item; `return()` reaches the source at once (an unsubscribe). */
function mapStream<T, U>(stream: AsyncIterable<T>, fn: (item: T) => Promise<U>): AsyncIterableIterator<U> {
  const source = stream[Symbol.asyncIterator]();
  return {
    async next() {
      const item = await source.next();
      return item.done ? { done: true, value: undefined } : { done: false, value: await fn(item.value) };
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
 * one execution per change, not a thousand (each subscriber still gets its own message).
 */
export function sharedSubscribe() {
  const executions = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args: ExecutionArgs): Promise<Result> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult; // errors, as graphql reports them
    const admin = (args.contextValue as Context).auth?.admin.id ?? '';
    const key = JSON.stringify([admin, args.operationName ?? null, args.variableValues ?? {}, print(args.document)]);
    // Every subscriber receives the very object the change was published as: it keys the executions.
    return mapStream(stream as AsyncIterable<object>, (payload) => {
      let byOperation = executions.get(payload);
      if (!byOperation) executions.set(payload, (byOperation = new Map()));
      let result = byOperation.get(key);
      if (!result) byOperation.set(key, (result = Promise.resolve(execute({ ...args, rootValue: payload }))));
      return result;
    });
  };
}
