import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { selectRequests } from '../data/requests';
import type { Context } from '../graphql/context';
import { First, listSize } from '../graphql/query-limits';
import { Payment } from '../payments/payment.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { Customer, SavedCard } from './customer.entity';
import { CustomersArgs } from './customer.inputs';
import { CustomerConnection } from './customer.types';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'Newest first' })
  customers(@Args(() => CustomersArgs) args: CustomersArgs, @Ctx() { em, services }: Context) {
    return services.customers.list(em, args);
  }

  @Query(() => Customer, { nullable: true })
  customer(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.customers.findOne(em, id);
  }

  @FieldResolver(() => [ServiceRequest], { description: 'Newest first' })
  requests(@Root() customer: Customer, @Ctx() { em }: Context, @First() first: number | null) {
    return selectRequests(
      em,
      'select * from service_request where customer_id = ? order by created_at desc, id desc limit ?',
      [customer.id, listSize(first)],
    );
  }

  @FieldResolver(() => [Payment], { description: "The payments of the customer's requests, newest first" })
  payments(@Root() customer: Customer, @Ctx() { em, services }: Context, @First() first: number | null) {
    return services.customers.payments(em, customer, listSize(first));
  }

  @FieldResolver(() => SavedCard, { nullable: true, description: 'The card the customer agreed to have charged again' })
  savedCard(@Root() customer: Customer, @Ctx() { services }: Context) {
    return customer.savedCard(services.payments.account) ?? null;
  }

  @FieldResolver(() => Int, { description: 'Received in the business’s currency, net of refunds' })
  async totalPaid(@Root() customer: Customer, @Ctx() { em, services }: Context) {
    return services.customers.totalPaid(em, customer, await services.business.currency(em));
  }
}
