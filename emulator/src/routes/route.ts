import type { ListObject } from '../list';
import type { Params } from '../openapi-validator';
import type { StripeObject } from '../store';

export interface ApiCall {
  /** The parameters, checked against Stripe's description of the operation. */
  params: Params;
  /** Values of the path's `{placeholders}`. */
  path: Record<string, string>;
  /** The request's path, which a list names as its `url`. */
  url: string;
}

/** One operation of Stripe's API, named by its method and path template in the description (`/v1/prices/{price}`). */
export interface Route {
  method: 'get' | 'post' | 'delete';
  path: string;
  handle(call: ApiCall): StripeObject | ListObject;
}
