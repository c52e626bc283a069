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
 * The JSON of results shared between subscribers, written once however many sockets receive it.
 * graphql-ws writes each `next` message itself (`{"id":…,"type":"next","payload":…}`, per
 * subscriber): its `jsonMessageReplacer` (`replacer`) puts a token where a shared payload goes and
 * keeps the payload's JSON, serialised on its first use; the socket's send (`splice`) puts that JSON
 * back in place of the token. graphql-ws serialises a message and hands it to the socket in one
 * synchronous step, so the JSON kept is always that of the message being sent.
 */
export class SharedPayloads {
  /** Each shared result and the published change it was executed for. */
  private readonly shared = new WeakMap<object, object>();
  private readonly json = new WeakMap<object, string>();
  private readonly lastWrites = new WeakMap<object, number>();
  private pending: object | undefined;

  /**
   * `delivered(seconds)`: for each change that says when it committed (an `at`), the time from then
   * to its last socket write on this process, whatever executions its subscribers shared.
   */
  constructor(private readonly delivered: (seconds: number) => void = () => undefined) {}

  /** Marks `result` as the one object every subscriber of its execution for `change` receives. */
  share<T extends object>(result: T, change: object): T {
    this.shared.set(result, change);
    return result;
  }

  readonly replacer = (key: string, value: unknown): unknown => {
    if (key !== 'payload' || typeof value !== 'object' || value === null || !this.shared.has(value)) return value;
    if (!this.json.has(value)) this.json.set(value, JSON.stringify(value));
    this.pending = value;
    return TOKEN;
  };

  splice(message: string): string {
    const result = this.pending;
    this.pending = undefined;
    if (result === undefined || !message.endsWith(TOKEN_TAIL)) return message;
    this.written(this.shared.get(result) as object);
    return message.slice(0, -TOKEN_TAIL.length) + (this.json.get(result) as string) + '}';
  }

  private written(change: object): void {
    const at = (change as { at?: unknown }).at;
    if (!(at instanceof Date)) return;
    if (!this.lastWrites.has(change)) {
      const report = () => this.delivered(((this.lastWrites.get(change) as number) - at.getTime()) / 1000);
      setTimeout(report, DELIVERY_WINDOW_MS).unref();
    }
    this.lastWrites.set(change, Date.now());
  }
}

/** A change's writes to every socket happen together; those this long after its first are not its fan-out. */
const DELIVERY_WINDOW_MS = 1_000;

/** What stands for a shared payload in a message: NUL characters, which no stored text holds. */
const TOKEN = '\u0000shared payload\u0000';
const TOKEN_TAIL = `${JSON.stringify(TOKEN)}}`;

/**
 * graphql's `subscribe`, except that one change is executed once per operation, variables and
 * admin, however many subscribers ask the same: the SPA's subscription on a thousand tabs costs
 * one execution per change, not a thousand, and one serialisation (`payloads`); each subscriber
 * still gets its own message. Nothing is delivered to a subscriber whose session `isLive` no
 * longer says is live.
 */
export function sharedSubscribe(isLive: (sessionId: string) => boolean, payloads: SharedPayloads) {
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
      if (!result) {
        result = Promise.resolve(execute({ ...args, rootValue: payload })).then((executed) =>
          payloads.share(executed, payload),
        );
        byOperation.set(key, result);
      }
      return result;
    });
  };
}
