import 'reflect-metadata';

import { lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';

import { AuditResolver } from '../audit/audit.resolver';
import { AccountResolver, AdminSessionFieldsResolver } from '../auth/account.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { InvitationFieldsResolver, TeamResolver } from '../auth/team.resolver';
import { BusinessResolver } from '../business/business.resolver';
import { CampaignResolver } from '../campaigns/campaign.resolver';
import { CustomerResolver } from '../customers/customer.resolver';
import { DocumentFieldsResolver } from '../documents/documents.resolver';
import { LivePubSub } from '../live/pubsub';
import { OutboxResolver } from '../mail/outbox.resolver';
import { PaymentsReportResolver } from '../payments/payments-report.resolver';
import { PaymentFieldsResolver, PaymentsResolver } from '../payments/payments.resolver';
import { ReconcileResolver } from '../reconcile/reconcile.resolver';
import { RequestChangesResolver } from '../service-requests/request-changes.resolver';
import { ServiceRequestResolver } from '../service-requests/service-request.resolver';
import { WebhookResolver } from '../webhooks/webhook.resolver';
import { guardRootFields } from './admin-guard';
import { budgetLists } from './query-limits';

export const RESOLVERS = [
  AuthResolver,
  AccountResolver,
  AdminSessionFieldsResolver,
  AuditResolver,
  TeamResolver,
  InvitationFieldsResolver,
  ServiceRequestResolver,
  PaymentsResolver,
  PaymentFieldsResolver,
  OutboxResolver,
  WebhookResolver,
  RequestChangesResolver,
  ReconcileResolver,
  PaymentsReportResolver,
  CustomerResolver,
  CampaignResolver,
  DocumentFieldsResolver,
  BusinessResolver,
] as const;

/** The schema from the type-graphql classes; `schema.graphql` at the root is emitted from it. */
export async function createSchema(pubSub = new LivePubSub()) {
  const schema = await buildSchema({
    pubSub,
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: true,
  });
  return budgetLists(guardRootFields(schema));
}

/** The SDL as committed in `schema.graphql`: sorted, so that the diff shows only real changes. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
