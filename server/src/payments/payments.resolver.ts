import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';

import { selectRows } from '../common/sql-rows';
import { type RequestView } from '../data/requests';
import { ChangeSource } from '../engine/status';
import { Audited } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { groupRows, operationLoader } from '../graphql/operation-loaders';
import { First, listSize } from '../graphql/query-limits';
import { requestChildren } from '../service-requests/request-reads';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { Dispute } from './dispute.entity';
import { PaymentLink } from './payment-link.entity';
import { Payment } from './payment.entity';
import { AfterDepositRefund } from './payments.service';
import { Refund } from './refund.entity';

@ArgsType()
class RefundArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Default: the latest refundable payment' })
  paymentId?: string | undefined;

  @Field(() => Int, { nullable: true, description: 'Smallest currency unit; default: all that is left' })
  amount?: number | undefined;

  @Field(() => AfterDepositRefund, {
    nullable: true,
    description:
      'Only when refunding the whole deposit before the work is done: where the canceled booking goes (default CANCELED)',
  })
  afterDepositRefund?: AfterDepositRefund | undefined;
}

@Resolver(() => ServiceRequest)
export class PaymentsResolver {
  @Mutation(() => ServiceRequest, { description: 'Sends (or resends) the stable payment URL for the current quote' })
  sendPaymentLink(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.payments.sendPaymentLink(em, id, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest, {
    description:
      "Charges the customer's saved card the amount due (the quote or its deposit while QUOTED, the balance after a paid deposit); a decline or a bank asking for authentication sends the payment link instead",
  })
  chargeSavedCard(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.savedCards.charge(em, id, ChangeSource.ADMIN);
  }

  @Audited('PAY_URL_ROTATED')
  @Mutation(() => ServiceRequest, { description: 'The old /pay URL stops working' })
  rotatePayUrl(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.payments.rotatePayUrl(em, id, ChangeSource.ADMIN);
  }

  @Audited('REFUND')
  @Mutation(() => ServiceRequest, { description: 'Refunds through Stripe; the result arrives by webhook' })
  refund(
    @Args(() => RefundArgs) { id, paymentId, amount, afterDepositRefund }: RefundArgs,
    @Ctx() { em, services }: Context,
  ) {
    return services.payments.refund(em, id, paymentId, amount, ChangeSource.ADMIN, afterDepositRefund);
  }

  @Mutation(() => ServiceRequest, {
    description: 'Mails the customer the same /pay URL for the balance after a paid deposit',
  })
  sendBalanceLink(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.payments.sendBalanceLink(em, id, ChangeSource.ADMIN);
  }

  @Audited('DISPUTE_EVIDENCE')
  @Mutation(() => Payment, {
    description:
      "Submits evidence for the payment's dispute, assembled from the request's record with the admin's note; once per dispute",
  })
  submitDisputeEvidence(
    @Arg('paymentId', () => ID) paymentId: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() { em, services }: Context,
  ) {
    return services.disputes.submitEvidence(em, paymentId, note ?? undefined, ChangeSource.ADMIN);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The stable /pay/:token URL, once a link was sent' })
  payUrl(@Root() request: RequestView, @Ctx() { services }: Context) {
    return services.payments.payUrl(request);
  }

  @FieldResolver(() => [PaymentLink], { description: 'History, newest first' })
  paymentLinks(@Root() request: RequestView, @Ctx() ctx: Context, @First() first: number | null) {
    return requestChildren(ctx).newest('paymentLinks', listSize(first)).load(request.id);
  }
}

/** A payment's refunds and dispute, read with SQL, one statement for all the payments an operation shows. */
@Resolver(() => Payment)
export class PaymentFieldsResolver {
  @FieldResolver(() => [Refund], {
    description: 'Each Stripe refund in its latest known state, oldest first; the newest `first`',
  })
  refunds(@Root() payment: Pick<Payment, 'id'>, @Ctx() ctx: Context, @First() first: number | null) {
    const newest = listSize(first);
    return operationLoader(ctx, `refunds:${newest}`, () => async (ids) => {
      const rows = await selectRows(
        ctx.em,
        Refund,
        `select * from (select *, row_number() over (partition by payment_id order by created_at desc, id desc) as n
           from refund where payment_id in (?)) newest where n <= ? order by created_at, id`,
        [[...new Set(ids)], newest],
      );
      return groupRows(ids, rows, (row) => row.payment as unknown as string);
    }).load(payment.id);
  }

  @FieldResolver(() => Dispute, { nullable: true, description: 'The latest dispute of its charge, if any' })
  dispute(@Root() payment: Pick<Payment, 'id'>, @Ctx() ctx: Context) {
    return operationLoader(ctx, 'dispute', () => async (ids) => {
      const rows = await selectRows(
        ctx.em,
        Dispute,
        'select distinct on (payment_id) * from dispute where payment_id in (?) order by payment_id, created_at desc',
        [[...new Set(ids)]],
      );
      return groupRows(ids, rows, (row) => row.payment as unknown as string).map(([row]) =>
        row ? Object.assign(new Dispute(), row) : null,
      );
    }).load(payment.id);
  }
}
