import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestView } from '../data/requests';
import type { Context } from '../graphql/context';
import { ServiceRequest } from '../service-requests/service-request.entity';

/** Where the request's PDFs are: the customer's own addresses, by the token of their /pay URL. */
@Resolver(() => ServiceRequest)
export class DocumentFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The quote PDF, once quoted and a link was sent' })
  quotePdfUrl(@Root() request: RequestView, @Ctx() { services }: Context) {
    const payUrl = services.payments.payUrl(request);
    return payUrl && request.quoteVersion > 0 ? payUrl.replace(/\/pay\/([^/]+)$/, '/quote/$1.pdf') : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The receipt PDF, once money was received' })
  async receiptPdfUrl(@Root() request: RequestView, @Ctx() { em, services }: Context) {
    const payUrl = services.payments.payUrl(request);
    return payUrl && (await services.documents.hasReceipt(em, request.id)) ? `${payUrl}/receipt.pdf` : null;
  }
}
