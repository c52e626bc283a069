import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import { amountProblem, isKnownCurrency } from '@service-desk/currency';
import type { Logger } from 'pino';
import type { RateLimiterQueue } from 'rate-limiter-flexible';

import { actingAs, currentActing } from '../common/acting';
import type { Page } from '../common/connection';
import { AppError, BadUserInputError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { recentPage } from '../common/recent-page';
import type { CustomersService } from '../customers/customers.service';
import { PAYABLE } from '../engine/lifecycle';
import { ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import { LIMITS } from '../graphql/query-limits';
import { JOB_SCHEMA, type JobQueue } from '../jobs/job-queue';
import type { PaymentsService } from '../payments/payments.service';
import { PaymentProviderError } from '../payments/stripe-attempts';
import type { RemindersService } from '../reminders/reminders.service';
import { ServiceRequest } from '../service-requests/service-request.entity';
import type { ServiceRequestService } from '../service-requests/service-request.service';
import { Campaign, CampaignRecipient, RecipientState } from './campaign.entity';
import { type CampaignsArgs, type CreateCampaignInput, MAX_RECIPIENTS } from './campaign.inputs';
import type { CampaignCounts } from './campaign.types';

/** pg-boss queue of campaign jobs: one job per outbox row. */
export const CAMPAIGN_QUEUE = 'campaign-recipient';
/** pg_notify channel of campaign progress (the campaign id); every replica tells its subscribers. */
export const CAMPAIGN_CHANNEL = 'campaign_progress';
/** A Payment Link costs two Stripe calls (its Price and the link). */
const STRIPE_CALLS_PER_LINK = 2;
/**
 * Jobs fetched at once per replica, worked concurrently (the throttle paces their Stripe calls).
 * Well under the ORM's pool of 10: a change can need a second connection while it holds one.
 */
const BATCH = 4;
/** Tries of one row before it is recorded FAILED; retryable failures wait longer each time. */
const MAX_TRIES = 8;

interface RecipientJob {
  recipientId: string;
  /** 1 for the first try. */
  attempt?: number;
}

/** The outbox row was sent by another worker meanwhile: roll back, send nothing. */
class AlreadySent extends Error {}

/** Errors worth another try: Stripe unreachable or rate-limited, a concurrent edit, anything unexpected. */
function retryable(error: unknown): boolean {
  if (error instanceof PaymentProviderError) return error.extensions['retryable'] === true;
  if (error instanceof AppError) return error.code === 'CONFLICT';
  return true;
}

/**
 * Campaigns: many requests' links sent in one action by background jobs (pg-boss on the same
 * PostgreSQL), throttled to Stripe's rate limit across replicas. Each request has one outbox row
 * (`CampaignRecipient`), marked SENT in the very transaction that queues its mail, so a job run
 * twice (a retry, a crash, a restart) never mails twice; Stripe calls reuse the request's attempt
 * records and so their idempotency keys.
 */
export class CampaignsService {
  /** Whether this replica works the queue (else campaign jobs wait for `resume` at a start). */
  private started = false;

  constructor(
    private readonly em: EntityManager,
    private readonly requests: ServiceRequestService,
    private readonly customers: CustomersService,
    private readonly payments: PaymentsService,
    private readonly jobs: JobQueue,
    /** The account's Stripe rate limit, shared with the side-effect jobs. */
    private readonly throttle: RateLimiterQueue,
    private readonly reminders: RemindersService,
    private readonly log: Logger,
  ) {}

  /** Starts this replica's workers (the queue is started), and queues what a crash or restart left pending. */
  async start(): Promise<void> {
    // Each row's retry is a new job of its own, with its own delay (see `work`).
    await this.jobs.queue<RecipientJob>(CAMPAIGN_QUEUE, { batchSize: BATCH }, (job) => this.work(job));
    this.started = true;
    await this.resume();
  }

  findOne(em: EntityManager, id: string): Promise<Campaign | null> {
    return isUuid(id) ? em.findOne(Campaign, { id }) : Promise.resolve(null);
  }

  async findOneOrFail(em: EntityManager, id: string): Promise<Campaign> {
    const found = await this.findOne(em, id);
    if (!found) throw new NotFoundError('Campaign', id);
    return found;
  }

  async list(em: EntityManager, args: CampaignsArgs): Promise<Page<Campaign>> {
    return recentPage(em, Campaign, 'createdAt', {}, args.first, args.after);
  }

  /**
   * A campaign over the given payable requests, or over new requests (one per matching customer,
   * quoted at one price). Its outbox rows commit with it; the jobs are queued after.
   */
  async create(em: EntityManager, input: CreateCampaignInput, source: ChangeSource): Promise<Campaign> {
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('name', 'must not be blank');
    const requestIds =
      input.requestIds !== undefined && input.requestIds !== null
        ? await this.payableRequests(em, input.requestIds)
        : await this.requestsForCustomers(em, input, source);
    const campaign = new Campaign();
    campaign.name = name;
    campaign.startedBy = currentActing()?.name;
    const recipients = requestIds.map((id) =>
      em.create(CampaignRecipient, {
        campaign,
        serviceRequest: em.getReference(ServiceRequest, id),
      } as CampaignRecipient),
    );
    await em.persistAndFlush([campaign, ...recipients]);
    await this.enqueue(recipients.map((r) => r.id));
    await this.notify(em, campaign.id);
    return campaign;
  }

  async counts(em: EntityManager, campaign: Campaign): Promise<CampaignCounts> {
    const [row] = await em.getConnection().execute<Record<keyof CampaignCounts, string>[]>(
      `select count(*) as total,
         count(*) filter (where r.state = 'PENDING') as pending,
         count(*) filter (where r.state = 'SENT') as sent,
         count(*) filter (where r.state = 'FAILED') as failed,
         count(*) filter (where sr.status in ('PAID', 'SCHEDULED', 'COMPLETED')) as paid,
         count(*) filter (where r.state = 'SENT' and sr.status in ('QUOTED', 'AWAITING_PAYMENT')) as unpaid
       from campaign_recipient r join service_request sr on sr.id = r.service_request_id
       where r.campaign_id = ?`,
      [campaign.id],
    );
    const n = (key: keyof CampaignCounts) => Number(row?.[key] ?? 0);
    return {
      total: n('total'),
      pending: n('pending'),
      sent: n('sent'),
      failed: n('failed'),
      paid: n('paid'),
      unpaid: n('unpaid'),
    };
  }

  recipients(em: EntityManager, campaign: Campaign, state: RecipientState | undefined, first: number) {
    return em.find(
      CampaignRecipient,
      { campaign, ...(state ? { state } : {}) },
      { orderBy: { id: 'asc' }, limit: first, populate: ['serviceRequest'] },
    );
  }

  /**
   * Mails a reminder with the /pay link to every customer of the campaign who has not paid yet (but
   * those reminded of this quote in the last day, or whose payment is on its way).
   */
  async remindUnpaid(em: EntityManager, id: string, source: ChangeSource): Promise<Campaign> {
    const campaign = await this.findOneOrFail(em, id);
    const unpaid = await em.find(
      CampaignRecipient,
      { campaign, state: RecipientState.SENT, serviceRequest: { status: { $in: [...PAYABLE] } } },
      { orderBy: { id: 'asc' } },
    );
    for (const recipient of unpaid) {
      // The quote's reminder mechanism: once per (request, quote version, step), at most one a day.
      await this.reminders.remind(em.fork(), recipient.serviceRequest.id, {
        step: `CAMPAIGN_${recipient.id}_${recipient.reminders + 1}`,
        source,
        note: `Reminder of campaign “${campaign.name}”`,
        within: async (tx) => {
          await tx.nativeUpdate(CampaignRecipient, { id: recipient.id }, { reminders: recipient.reminders + 1 });
        },
      });
    }
    await this.notify(em, campaign.id);
    return campaign;
  }

  /** After a request's change: its campaigns' counts moved (a payment), so their watchers are told. */
  async requestChanged(tx: EntityManager, requestId: string): Promise<void> {
    // Plain SQL: this runs in every payment's transaction, and most requests are in no campaign.
    const rows = await tx.execute<{ campaign_id: string }[]>(
      'select campaign_id from campaign_recipient where service_request_id = ?',
      [requestId],
    );
    for (const row of rows) await this.notify(tx, row.campaign_id);
  }

  /** One job: a retryable failure queues the row's next try, with backoff, until MAX_TRIES. */
  private async work({ recipientId, attempt = 1 }: RecipientJob): Promise<void> {
    try {
      await this.send(recipientId, attempt >= MAX_TRIES);
    } catch (error) {
      this.log.warn({ err: error, recipientId, attempt }, 'a campaign link failed; trying again later');
      await this.jobs.send(
        CAMPAIGN_QUEUE,
        { recipientId, attempt: attempt + 1 },
        { startAfter: 2 ** attempt, retryLimit: 3 },
      );
    }
  }

  /** Sends one outbox row's link, exactly once. `final`: the last try, a failure is recorded. */
  async send(recipientId: string, final: boolean): Promise<void> {
    const em = this.em.fork();
    const recipient = await em.findOne(CampaignRecipient, { id: recipientId }, { populate: ['campaign'] });
    if (!recipient || recipient.state !== RecipientState.PENDING) return;
    // The timeline names the admin who started the campaign.
    const { startedBy } = recipient.campaign;
    const work = () => this.sendLink(em, recipient, final);
    await (startedBy ? actingAs({ name: startedBy }, work) : work());
  }

  private async sendLink(em: EntityManager, recipient: CampaignRecipient, final: boolean): Promise<void> {
    const recipientId = recipient.id;
    try {
      await this.throttle.removeTokens(STRIPE_CALLS_PER_LINK);
      await this.payments.sendPaymentLink(em, recipient.serviceRequest.id, ChangeSource.SYSTEM, {
        within: async (tx) => {
          const marked = await tx.nativeUpdate(
            CampaignRecipient,
            { id: recipientId, state: RecipientState.PENDING },
            { state: RecipientState.SENT, sentAt: new Date() },
          );
          if (marked === 0) throw new AlreadySent();
        },
      });
    } catch (error) {
      if (error instanceof AlreadySent) return;
      if (retryable(error) && !final) throw error; // pg-boss tries again, with backoff
      await em.nativeUpdate(
        CampaignRecipient,
        { id: recipientId, state: RecipientState.PENDING },
        { state: RecipientState.FAILED, error: error instanceof Error ? error.message : String(error) },
      );
      this.log.warn({ err: error, recipientId }, 'a campaign link could not be sent');
    } finally {
      await this.notify(em, recipient.campaign.id);
    }
  }

  /** Queues a job for every row left PENDING without one waiting (a crash between commit and queueing, a killed worker). */
  private async resume(): Promise<void> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select r.id from campaign_recipient r
       where r.state = 'PENDING' and not exists (
         select 1 from ${JOB_SCHEMA}.job j
         where j.name = ? and j.data->>'recipientId' = r.id::text and j.state in ('created', 'retry'))`,
        [CAMPAIGN_QUEUE],
      );
    if (rows.length > 0) this.log.info({ count: rows.length }, 'resuming campaign links left pending');
    // Fresh job ids: an orphaned active job keeps its own; the row guard makes the pair harmless.
    await this.enqueue(
      rows.map((r) => r.id),
      true,
    );
  }

  private async enqueue(recipientIds: string[], fresh = false): Promise<void> {
    if (!this.started || recipientIds.length === 0) return; // no worker here: `resume` queues them at start
    const jobs = recipientIds.map((recipientId) => ({
      name: CAMPAIGN_QUEUE,
      // The row's id: queueing the same row twice is ignored (pg-boss inserts with ON CONFLICT DO NOTHING).
      id: fresh ? randomUUID() : recipientId,
      data: { recipientId },
      // Only for a job whose worker died (it expires): `work` handles the row's own failures.
      retryLimit: 3,
      expireInSeconds: 120,
    }));
    await this.jobs.insert(jobs);
  }

  private async notify(em: EntityManager, campaignId: string): Promise<void> {
    await em.execute('select pg_notify(?, ?)', [CAMPAIGN_CHANNEL, campaignId]);
  }

  private async payableRequests(em: EntityManager, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const malformed = unique.find((id) => !isUuid(id));
    if (malformed) throw new BadUserInputError('requestIds', `${malformed} is not a request id`);
    const found = await em.find(ServiceRequest, { id: { $in: unique } }, { fields: ['id', 'status'] });
    const byId = new Map(found.map((r) => [r.id, r.status]));
    const missing = unique.filter((id) => !byId.has(id));
    if (missing.length)
      throw new BadUserInputError('requestIds', `unknown requests: ${missing.slice(0, 5).join(', ')}`);
    const notPayable = unique.filter((id) => !PAYABLE.includes(byId.get(id) as S));
    if (notPayable.length) {
      throw new BadUserInputError(
        'requestIds',
        `only QUOTED or AWAITING_PAYMENT requests can be sent: ${notPayable.slice(0, 5).join(', ')}`,
      );
    }
    return unique;
  }

  private async requestsForCustomers(
    em: EntityManager,
    input: CreateCampaignInput,
    source: ChangeSource,
  ): Promise<string[]> {
    if (!input.customers) throw new BadUserInputError('requestIds', 'give requestIds or customers');
    const description = input.description?.trim();
    if (!description) throw new BadUserInputError('description', 'is needed to create requests for customers');
    if (input.amount === undefined || input.amount === null)
      throw new BadUserInputError('amount', 'is needed to create requests for customers');
    const currency = (input.currency ?? (await this.requests.business.currency(em))).toLowerCase();
    if (!isKnownCurrency(currency))
      throw new BadUserInputError('currency', `${currency.toUpperCase()} is not a currency Stripe can charge`);
    const problem = amountProblem(input.amount, currency);
    if (problem) throw new BadUserInputError('amount', problem);
    const customers = [];
    for (let after: string | undefined; ;) {
      const page = await this.customers.list(em, { ...input.customers, first: LIMITS.listSize, after });
      if (page.totalCount === 0) throw new BadUserInputError('customers', 'no customer matches');
      if (page.totalCount > MAX_RECIPIENTS)
        throw new BadUserInputError('customers', `more than ${MAX_RECIPIENTS} customers match`);
      // Addresses stored before today's rule that it refuses get no mail.
      customers.push(...page.edges.map((e) => e.node).filter((customer) => !customer.emailProblem));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    if (customers.length === 0) throw new BadUserInputError('customers', 'no customer with a usable address matches');
    const ids: string[] = [];
    for (const customer of customers) {
      const request = await this.requests.create(
        em.fork(),
        { customerName: customer.name, customerEmail: customer.email, description },
        source,
      );
      await this.requests.quote(em.fork(), { id: request.id, amount: input.amount, currency, saveCard: false }, source);
      ids.push(request.id);
    }
    return ids;
  }
}
