import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';

import { ChangeSource } from '../engine/status';
import type { Context } from '../graphql/context';
import { First, listSize } from '../graphql/query-limits';
import { CAMPAIGN_PROGRESS } from './campaign-progress';
import { Campaign, CampaignRecipient, RecipientState } from './campaign.entity';
import { CampaignsArgs, CreateCampaignInput } from './campaign.inputs';
import { CampaignConnection, CampaignCounts } from './campaign.types';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: 'Newest first' })
  campaigns(@Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() { em, services }: Context) {
    return services.campaigns.list(em, args);
  }

  @Query(() => Campaign, { nullable: true })
  campaign(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.campaigns.findOne(em, id);
  }

  @Mutation(() => Campaign, {
    description: "Sends many requests' payment links in one action, as a background job (see campaignProgress)",
  })
  createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() { em, services }: Context,
  ) {
    return services.campaigns.create(em, input, ChangeSource.ADMIN);
  }

  @Mutation(() => Campaign, { description: 'Mails a reminder to every customer of the campaign who has not paid yet' })
  remindUnpaid(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context) {
    return services.campaigns.remindUnpaid(em, id, ChangeSource.ADMIN);
  }

  @Subscription(() => Campaign, {
    topics: CAMPAIGN_PROGRESS,
    filter: ({ payload, args }: { payload: Campaign; args: { id: string } }) => payload.id === args.id,
    description: 'The campaign each time a link is sent or one of its requests changes, on any replica',
  })
  campaignProgress(@Root() campaign: Campaign, @Arg('id', () => ID) _id: string): Campaign {
    return campaign;
  }

  @FieldResolver(() => CampaignCounts)
  counts(@Root() campaign: Campaign, @Ctx() { em, services }: Context) {
    return services.campaigns.counts(em, campaign);
  }

  @FieldResolver(() => Boolean, { description: 'Every link sent or failed' })
  async done(@Root() campaign: Campaign, @Ctx() { em, services }: Context) {
    return (await services.campaigns.counts(em, campaign)).pending === 0;
  }

  @FieldResolver(() => [CampaignRecipient], { description: 'Its outbox rows, one per request' })
  recipients(
    @Root() campaign: Campaign,
    @Ctx() { em, services }: Context,
    @Arg('state', () => RecipientState, { nullable: true }) state: RecipientState | undefined,
    @First() first: number | null,
  ) {
    return services.campaigns.recipients(em, campaign, state, listSize(first));
  }
}
