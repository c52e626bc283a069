import { isKnownCurrency } from '@service-desk/currency';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { BadUserInputError } from '../common/errors';
import { isTimeZone } from '../common/time-zone';
import { MONEY_RECEIVED } from '../engine/payment-enums';
import type { Context } from '../graphql/context';
import { MaxItems } from '../graphql/query-limits';

const MAX_PERIOD_DAYS = 366;
const MAX_PERIOD_MS = MAX_PERIOD_DAYS * 86_400_000;

@ObjectType()
class ReportLine {
  @Field(() => String, { description: 'A UTC day (YYYY-MM-DD) or a payment method type (card, manual, …)' })
  key!: string;

  @Field(() => Int) paid!: number;
  @Field(() => Int) refunded!: number;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class PaymentsReport {
  @Field(() => String) currency!: string;
  @Field(() => Int, { description: 'Money received in the period, before refunds' }) paid!: number;
  @Field(() => Int, { description: 'Refunded of that money' }) refunded!: number;
  @Field(() => Int, { description: 'Payments received in the period' }) count!: number;
  @Field(() => [ReportLine], { description: 'Days with payments, in the calendar of `timeZone`' })
  @MaxItems(MAX_PERIOD_DAYS + 1) // a period of whole days in UTC may touch one more in another zone
  byDay!: ReportLine[];

  @Field(() => [ReportLine])
  @MaxItems(100) // Stripe's payment method types (about 50) and manual
  byMethod!: ReportLine[];

  @Field(() => [String], { description: 'Currencies with money received in the period, most payments first' })
  @MaxItems(200) // ISO 4217 lists fewer
  currencies!: string[];
}

@Resolver()
export class PaymentsReportResolver {
  @Query(() => PaymentsReport, {
    description: 'Totals paid and refunded in a period, by day and by payment method type',
  })
  async paymentsReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('currency', () => String, { nullable: true }) currency: string | undefined,
    @Arg('timeZone', () => String, {
      nullable: true,
      description: "IANA time zone (Europe/Paris) whose days byDay counts; the business's by default",
    })
    timeZone: string | undefined,
    @Ctx() { em, services }: Context,
  ): Promise<PaymentsReport> {
    if (!(from < to)) throw new BadUserInputError('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw new BadUserInputError('from', 'the period may be a year at most');
    const code = (currency ?? (await services.business.currency(em))).toLowerCase();
    if (!isKnownCurrency(code))
      throw new BadUserInputError('currency', `${code.toUpperCase()} is not a currency Stripe can charge`);
    const zone = timeZone ?? (await services.business.mailIdentity(em)).timeZone;
    if (!isTimeZone(zone)) throw new BadUserInputError('timeZone', `${zone} is not an IANA time zone`);
    const received = `status in (${MONEY_RECEIVED.map(() => '?').join(', ')}) and created_at >= ? and created_at < ?`;
    const inPeriod = [...MONEY_RECEIVED, from, to];
    const lines = async (group: string, groupParams: unknown[] = []) =>
      (
        await em.getConnection().execute<{ key: string; paid: string; refunded: string; count: string }[]>(
          `select ${group} as key, sum(amount) as paid, sum(refunded) as refunded, count(*) as count
             from payment where currency = ? and ${received} group by 1 order by 1`,
          [...groupParams, code, ...inPeriod],
        )
      ).map((r) => ({
        key: String(r.key),
        paid: Number(r.paid),
        refunded: Number(r.refunded),
        count: Number(r.count),
      }));
    const byDay = await lines(`to_char(created_at at time zone ?, 'YYYY-MM-DD')`, [zone]);
    const byMethod = await lines(`coalesce(payment_method_type, lower(method))`);
    const currencies = await em
      .getConnection()
      .execute<{ currency: string }[]>(
        `select currency from payment where ${received} group by 1 order by count(*) desc, 1`,
        inPeriod,
      );
    return {
      currency: code,
      paid: byDay.reduce((sum, l) => sum + l.paid, 0),
      refunded: byDay.reduce((sum, l) => sum + l.refunded, 0),
      count: byDay.reduce((sum, l) => sum + l.count, 0),
      byDay,
      byMethod,
      currencies: currencies.map((r) => r.currency),
    };
  }
}
