import { QUANTITY_SCALE } from '@service-desk/currency';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { consume } from '../auth/rate-limits';
import { mayAct } from '../auth/roles';
import { Customer } from '../customers/customer.entity';
import { quoteLinesOf } from '../data/quote-lines';
import { type RequestView } from '../data/requests';
import { actionFacts, cardChargeable } from '../engine/facts';
import { allowedActions, amountDue, ServiceRequestAction } from '../engine/lifecycle';
import { ChangeSource, ServiceRequestStatus } from '../engine/status';
import { Audited, Public } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { First, listSize, MaxItems } from '../graphql/query-limits';
import { Payment } from '../payments/payment.entity';
import { AttentionCause } from './attention-cause.entity';
import { QuoteAcceptance } from './quote-acceptance.entity';
import { requestChildren } from './request-reads';
import { ServiceRequest } from './service-request.entity';
import {
  ExtendValidityArgs,
  NoteArgs,
  QuoteArgs,
  ReasonArgs,
  RequestServiceInput,
  ResolveAttentionArgs,
  MAX_LINE_ITEMS,
  ScheduleArgs,
  ServiceRequestsArgs,
} from './service-request.inputs';
import { receivedAmounts } from './service-request.service';
import { LineItem, ServiceRequestConnection, ServiceRequestReceipt, StatusCount } from './service-request.types';
import { TimelineEntry } from './timeline-entry.entity';

/** Thin: each operation is one service call; the root-field guard (graphql/admin-guard.ts) protects all but the `@Public()` ones. */
@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Query(() => ServiceRequestConnection)
  serviceRequests(@Args(() => ServiceRequestsArgs) args: ServiceRequestsArgs, @Ctx() { em, services }: Context) {
    return services.serviceRequests.list(em, args);
  }

  @Query(() => ServiceRequest, { nullable: true })
  serviceRequest(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.serviceRequests.view(em, id);
  }

  @Query(() => [StatusCount])
  @MaxItems(Object.keys(ServiceRequestStatus).length)
  statusCounts(@Ctx() { em, services }: Context) {
    return services.serviceRequests.statusCounts(em);
  }

  @Public()
  @Mutation(() => ServiceRequestReceipt, { description: 'The public request form; rate-limited per client' })
  async requestService(@Arg('input', () => RequestServiceInput) input: RequestServiceInput, @Ctx() ctx: Context) {
    await consume(ctx.services.auth.limits.requestService, ctx.clientIp);
    return ctx.services.serviceRequests.create(ctx.em, input, ChangeSource.CUSTOMER);
  }

  @Mutation(() => ServiceRequest)
  createServiceRequest(
    @Arg('input', () => RequestServiceInput) input: RequestServiceInput,
    @Ctx() { em, services }: Context,
  ) {
    return services.serviceRequests.create(em, input, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest)
  quote(@Args(() => QuoteArgs) args: QuoteArgs, @Ctx() { em, services }: Context) {
    return services.serviceRequests.quote(em, args, ChangeSource.ADMIN);
  }

  @Audited('MANUAL_PAYMENT')
  @Mutation(() => ServiceRequest, { description: 'Paid outside Stripe: records a MANUAL payment' })
  markPaid(@Args(() => NoteArgs) { id, note }: NoteArgs, @Ctx() { em, services }: Context) {
    return services.serviceRequests.markPaid(em, id, note, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest, { description: 'Also reschedules' })
  schedule(@Args(() => ScheduleArgs) { id, scheduledFor }: ScheduleArgs, @Ctx() { em, services }: Context) {
    return services.serviceRequests.schedule(em, id, scheduledFor, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest)
  complete(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.serviceRequests.complete(em, id, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest)
  decline(@Args(() => ReasonArgs) { id, reason }: ReasonArgs, @Ctx() { em, services }: Context) {
    return services.serviceRequests.decline(em, id, reason, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest)
  cancel(@Args(() => ReasonArgs) { id, reason }: ReasonArgs, @Ctx() { em, services }: Context) {
    return services.serviceRequests.cancel(em, id, reason, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest, {
    description: 'Moves the current quote’s validUntil; an expired quote can be accepted and paid again',
  })
  extendQuoteValidity(
    @Args(() => ExtendValidityArgs) { id, validUntil }: ExtendValidityArgs,
    @Ctx() { em, services }: Context,
  ) {
    return services.serviceRequests.extendValidity(em, id, validUntil, ChangeSource.ADMIN);
  }

  @Mutation(() => ServiceRequest)
  resolveAttention(
    @Args(() => ResolveAttentionArgs) { id, note }: ResolveAttentionArgs,
    @Ctx() { em, services }: Context,
  ) {
    return services.serviceRequests.resolveAttention(em, id, note, ChangeSource.ADMIN);
  }

  @FieldResolver(() => Customer)
  customer(@Root() request: RequestView, @Ctx() ctx: Context) {
    return requestChildren(ctx).customers.load(request.customer.id);
  }

  @FieldResolver(() => [LineItem], { description: 'The current quote’s lines, in order (none before a quote)' })
  @MaxItems(MAX_LINE_ITEMS)
  async lineItems(@Root() request: RequestView, @Ctx() { em }: Context): Promise<LineItem[]> {
    const lines = await quoteLinesOf(em, request);
    return lines.map(({ tax, quantity, ...line }) => ({
      ...line,
      quantity: quantity / QUANTITY_SCALE,
      taxAmount: tax,
    }));
  }

  @FieldResolver(() => [Payment], { description: 'Newest first' })
  async payments(@Root() request: RequestView, @Ctx() ctx: Context, @First() first: number | null) {
    // All of them are read anyway, for the amounts: the newest `first` are their head.
    return (await requestChildren(ctx).payments.load(request.id)).slice(0, listSize(first));
  }

  @FieldResolver(() => [AttentionCause], { description: 'Why it needs attention: the causes open now' })
  attentionCauses(@Root() request: RequestView, @Ctx() ctx: Context, @First() first: number | null) {
    return requestChildren(ctx).attentionCauses(listSize(first)).load(request.id);
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Oldest first; the newest `first` entries of `timelineCount`' })
  timeline(@Root() request: RequestView, @Ctx() ctx: Context, @First() first: number | null) {
    return requestChildren(ctx).newest('timeline', listSize(first)).load(request.id);
  }

  @FieldResolver(() => Int, { description: 'Entries in the whole timeline' })
  timelineCount(@Root() request: RequestView, @Ctx() ctx: Context) {
    return requestChildren(ctx).timelineCount.load(request.id);
  }

  @FieldResolver(() => [ServiceRequestAction], {
    description:
      'What this admin can do now: the transition table’s actions for the status, filtered by their guards and by what the admin’s role may run',
  })
  @MaxItems(Object.keys(ServiceRequestAction).length)
  async allowedActions(@Root() request: RequestView, @Ctx() ctx: Context) {
    // Loaded together, so that every row's loads join the same batches (one statement each per page).
    const children = requestChildren(ctx);
    const [payments, customer, acceptance] = await Promise.all([
      children.payments.load(request.id),
      cardChargeable(request) ? children.customers.load(request.customer.id) : undefined,
      children.acceptances.load(request.id),
    ]);
    const savedCard = !!customer?.canBeCharged(ctx.services.payments.account);
    const accepted = !!acceptance;
    const role = ctx.auth?.admin.role;
    return allowedActions(actionFacts(request, payments, savedCard, accepted)).filter(
      (action) => role && mayAct(role, action),
    );
  }

  @FieldResolver(() => QuoteAcceptance, {
    nullable: true,
    description: 'The customer’s acceptance of the current quote version, once given on the quote page',
  })
  async acceptance(@Root() request: RequestView, @Ctx() ctx: Context) {
    return (await requestChildren(ctx).acceptances.load(request.id)) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The customer’s quote page, /quote/:token (the /pay token), once a link was sent',
  })
  quoteUrl(@Root() request: RequestView, @Ctx() { services }: Context) {
    return services.payments.quoteUrl(request);
  }

  @FieldResolver(() => Int, { description: "Succeeded payments in the request's currency, before refunds" })
  async amountPaid(@Root() request: RequestView, @Ctx() ctx: Context) {
    return receivedAmounts(request, await requestChildren(ctx).payments.load(request.id)).paid;
  }

  @FieldResolver(() => Int, {
    description:
      'What the customer owes now: the deposit (or the whole quote) while quoted, the balance after a paid deposit, else 0',
  })
  amountDue(@Root() request: RequestView) {
    return amountDue(request);
  }

  @FieldResolver(() => Int)
  async amountRefunded(@Root() request: RequestView, @Ctx() ctx: Context) {
    return receivedAmounts(request, await requestChildren(ctx).payments.load(request.id)).refunded;
  }
}
