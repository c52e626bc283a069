import { createPubSub } from '@graphql-yoga/subscription';
import type { PubSub } from 'type-graphql';

declare const payload: unique symbol;

/**
 * A topic's name, typed by what it carries. Each feature declares its own beside its subscription
 * (`topic<Campaign>('CAMPAIGN_PROGRESS')`), so live/ needs no list of them; being a string, it is
 * what `@Subscription({ topics })` takes.
 */
export type Topic<T> = string & { readonly [payload]: T };

export function topic<T>(name: string): Topic<T> {
  return name as Topic<T>;
}

/**
 * This process's in-memory fan-out. The listener feeds it from PostgreSQL, so a subscriber on one
 * replica hears what committed on any; a publish is checked against its topic's payload type.
 */
export class LivePubSub implements PubSub {
  private readonly topics = createPubSub<Record<string, [unknown]>>();
  private readonly listening = new Map<string, number>();

  publish<T>(topic: Topic<T>, payload: T): void {
    this.topics.publish(topic, payload);
  }

  subscribe(topic: string): AsyncIterable<unknown> {
    const source = this.topics.subscribe(topic);
    const listening = this.listening;
    return (async function* () {
      listening.set(topic, (listening.get(topic) ?? 0) + 1);
      try {
        yield* source;
      } finally {
        listening.set(topic, (listening.get(topic) ?? 1) - 1);
      }
    })();
  }

  /** Whether anyone on this process listens: a publisher skips building what nobody would receive. */
  hasSubscribers(topic: string): boolean {
    return (this.listening.get(topic) ?? 0) > 0;
  }
}
