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

  publish<T>(topic: Topic<T>, payload: T): void {
    this.topics.publish(topic, payload);
  }

  subscribe(topic: string): AsyncIterable<unknown> {
    return this.topics.subscribe(topic);
  }
}
