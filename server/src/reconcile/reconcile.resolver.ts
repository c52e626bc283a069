import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { BadUserInputError } from '../common/errors';
import type { Context } from '../graphql/context';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { SyncReport } from './reconcile.service';

const MAX_PERIOD_MS = 366 * 86_400_000;

@Resolver()
export class ReconcileResolver {
  @Mutation(() => SyncReport, { description: 'Reconciles payments from Stripe for a period' })
  syncPayments(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() { services }: Context) {
    if (!(from < to)) throw new BadUserInputError('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw new BadUserInputError('from', 'the period may be a year at most');
    return services.reconcile.sync({ from, to });
  }

  @Mutation(() => ServiceRequest, {
    description: "Retrieves this request's objects from Stripe and applies what was missed",
  })
  async checkWithStripe(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    const request = await services.serviceRequests.findOneOrFail(em, id);
    await services.reconcile.checkRequest(request.id);
    return services.serviceRequests.findOneOrFail(em.fork(), id);
  }
}
