import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatPercentage, isKnownCurrency, parsePercentage } from '@service-desk/currency';

import { emailProblem, nameProblem } from '../common/contact';
import { BadUserInputError } from '../common/errors';
import { isUuid } from '../common/ids';
import { isTimeZone } from '../common/time-zone';
import type { MailBusiness } from '../mail/compose';
import { BusinessSettingsRow, TaxRate } from './business-settings.entity';
import type { BusinessSettingsInput, TaxRateInput } from './business.inputs';
import type { BusinessSettings } from './business.types';
import { checkLogo } from './logo';

/** What the environment provides until the business saves its own (BUSINESS_NAME, CURRENCY). */
export interface BusinessDefaults {
  name: string;
  currency: string;
  /** PUBLIC_BASE_URL: the uploaded logo's address is absolute (mail shows it too). */
  publicBaseUrl: string;
}

/** How the business looks on its customer pages and PDFs. */
export interface BusinessLook {
  name: string;
  /** `#rrggbb`, or null for the pages' own. */
  accentColor: string | null;
  address: string | null;
  phone: string | null;
  replyTo: string | null;
  /** IANA name: dates on pages and PDFs are the business's. */
  timeZone: string;
  /** The uploaded logo's same-origin path (the pages' CSP allows no other image), or null. */
  logoPath: string | null;
}

/** The public address of the uploaded logo (business/logo.routes.ts); `v` changes with each upload. */
export const LOGO_PATH = '/business/logo';
const logoPath = (row: BusinessSettingsRow | null) => (row?.logoType ? `${LOGO_PATH}?v=${row.logoVersion}` : null);

const PHONE = /^\+?[0-9 ().-]{5,40}$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

function isHttpsUrl(text: string): boolean {
  return URL.canParse(text) && new URL(text).protocol === 'https:';
}

/** `value` trimmed; blank is null (back to the default). */
const blankToNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();

/**
 * A fresh identity map for a read, on the caller's transaction when it has one: a fork without it
 * would wait for a second pooled connection while holding the first, which deadlocks under load.
 */
const read = (em: EntityManager) => em.fork({ keepTransactionContext: true });

/** The business's settings: saved in the database, each falling back to the environment's default. */
export class BusinessService {
  constructor(private readonly defaults: BusinessDefaults) {}

  async current(em: EntityManager): Promise<BusinessSettings> {
    // One after the other: inside a transaction both would share its one connection.
    const row = await read(em).findOne(BusinessSettingsRow, { id: 'business' });
    const taxRates = await this.taxRates(em);
    return {
      name: row?.name ?? this.defaults.name,
      // The uploaded logo wins over an https address saved before uploads existed.
      logoUrl: row?.logoType ? `${this.defaults.publicBaseUrl}${logoPath(row)}` : (row?.logoUrl ?? null),
      accentColor: row?.accentColor ?? null,
      address: row?.address ?? null,
      phone: row?.phone ?? null,
      replyTo: row?.replyTo ?? null,
      timeZone: row?.timeZone ?? 'UTC',
      currency: row?.currency ?? this.defaults.currency,
      taxRates,
      defaultDepositPercent: row?.defaultDepositPercent ?? null,
      quoteValidityDays: row?.quoteValidityDays ?? null,
      reminderDays: row?.reminderDays ?? [],
      terms: row?.terms ?? null,
      fromEnvironment: [...(row?.name ? [] : ['name']), ...(row?.currency ? [] : ['currency'])],
    };
  }

  /** Who customer mail is from: the saved name, reply-to and time zone, or their defaults. */
  async mailIdentity(em: EntityManager): Promise<MailBusiness> {
    const row = await read(em).findOne(
      BusinessSettingsRow,
      { id: 'business' },
      { fields: ['name', 'replyTo', 'timeZone'] },
    );
    return { name: row?.name ?? this.defaults.name, replyTo: row?.replyTo ?? null, timeZone: row?.timeZone ?? 'UTC' };
  }

  /** The business's look on customer pages and documents: the saved values, or their defaults. */
  async look(em: EntityManager): Promise<BusinessLook> {
    return this.lookOf(await read(em).findOne(BusinessSettingsRow, { id: 'business' }));
  }

  /** The look and the uploaded logo's bytes, as a document's letterhead shows them: one read. */
  async letterhead(em: EntityManager): Promise<{ look: BusinessLook; logo: Buffer | undefined }> {
    const row = await read(em).findOne(BusinessSettingsRow, { id: 'business' }, { populate: ['logo'] });
    return { look: this.lookOf(row), logo: row?.logoType ? (row.logo ?? undefined) : undefined };
  }

  private lookOf(row: BusinessSettingsRow | null): BusinessLook {
    return {
      ...this.defaultLook(),
      name: row?.name ?? this.defaults.name,
      accentColor: row?.accentColor ?? null,
      address: row?.address ?? null,
      phone: row?.phone ?? null,
      replyTo: row?.replyTo ?? null,
      timeZone: row?.timeZone ?? 'UTC',
      logoPath: logoPath(row),
    };
  }

  /** The look from the environment alone (BUSINESS_NAME), for a page shown when the database cannot be read. */
  defaultLook(): BusinessLook {
    return {
      name: this.defaults.name,
      accentColor: null,
      address: null,
      phone: null,
      replyTo: null,
      timeZone: 'UTC',
      logoPath: null,
    };
  }

  /**
   * Which of the environment's values (`env`: BUSINESS_NAME, CURRENCY as set, not their defaults) a
   * saved setting overrides: the boot line names them, so nobody edits the environment in vain.
   */
  async overriddenEnvironment(em: EntityManager, env: Readonly<Record<string, string | undefined>>): Promise<string[]> {
    const row = await read(em).findOne(BusinessSettingsRow, { id: 'business' }, { fields: ['name', 'currency'] });
    return [
      ...(row?.name && env['BUSINESS_NAME'] ? ['BUSINESS_NAME'] : []),
      ...(row?.currency && env['CURRENCY'] ? ['CURRENCY'] : []),
    ];
  }

  /** The uploaded logo's bytes and sniffed type, if there is one. */
  async logo(em: EntityManager): Promise<{ bytes: Buffer; contentType: string } | undefined> {
    const row = await read(em).findOne(BusinessSettingsRow, { id: 'business' }, { populate: ['logo'] });
    return row?.logo && row.logoType ? { bytes: row.logo, contentType: row.logoType } : undefined;
  }

  /** The currency of new requests and of totals: the saved one, else CURRENCY. */
  async currency(em: EntityManager): Promise<string> {
    const row = await read(em).findOne(BusinessSettingsRow, { id: 'business' }, { fields: ['currency'] });
    return row?.currency ?? this.defaults.currency;
  }

  /** The rates on offer, oldest first (those saved together by name). */
  taxRates(em: EntityManager): Promise<TaxRate[]> {
    return read(em).find(TaxRate, { active: true }, { orderBy: { createdAt: 'asc', name: 'asc' } });
  }

  /** Rates by id, on offer or not (a quote keeps the rates it was made with). */
  async taxRatesById(em: EntityManager, ids: readonly string[]): Promise<Map<string, TaxRate>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rates = await read(em).find(TaxRate, { id: { $in: valid } });
    return new Map(rates.map((rate) => [rate.id, rate]));
  }

  /** Checks everything first: a refusal (BAD_USER_INPUT naming the field) changes nothing. */
  async update(em: EntityManager, input: BusinessSettingsInput): Promise<BusinessSettings> {
    const patch = checkedPatch(input);
    await em.fork().transactional(async (tx) => {
      // The one row exists before it is locked, so that two first saves wait for each other.
      await tx.execute(
        `insert into business_settings (id, updated_at) values ('business', ?::timestamptz) on conflict do nothing`,
        [new Date().toISOString()],
      );
      const row = await tx.findOneOrFail(
        BusinessSettingsRow,
        { id: 'business' },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (input.taxRates !== undefined) await this.replaceTaxRates(tx, input.taxRates ?? []);
      tx.assign(row, { ...patch, updatedAt: new Date() });
      if (patch.logo) row.logoVersion += 1;
    });
    return this.current(em);
  }

  private async replaceTaxRates(tx: EntityManager, inputs: readonly TaxRateInput[]): Promise<void> {
    const names = new Set<string>();
    const existing = await tx.find(TaxRate, {});
    const byId = new Map(existing.map((rate) => [rate.id, rate]));
    const kept = new Set<string>();
    for (const [index, input] of inputs.entries()) {
      const field = `taxRates[${index}]`;
      const name = input.name.trim();
      if (!name || nameProblem(name)) throw new BadUserInputError(`${field}.name`, 'must be a name');
      if (names.has(name.toLowerCase())) throw new BadUserInputError(`${field}.name`, 'is used by another rate');
      names.add(name.toLowerCase());
      const percentage = parsePercentage(input.percentage);
      if (percentage === undefined) {
        throw new BadUserInputError(`${field}.percentage`, 'must be above 0 and below 100, with up to four decimals');
      }
      if (input.id === undefined || input.id === null) {
        tx.persist(
          Object.assign(new TaxRate(), { name, percentage: formatPercentage(percentage), inclusive: input.inclusive }),
        );
        continue;
      }
      const rate = byId.get(input.id);
      if (!rate) throw new BadUserInputError(`${field}.id`, 'is not a tax rate of this business');
      if (parsePercentage(rate.percentage) !== percentage || rate.inclusive !== input.inclusive) {
        throw new BadUserInputError(
          `${field}.percentage`,
          'a rate’s percentage and behaviour never change (quotes use it): add a new rate instead',
        );
      }
      kept.add(rate.id);
      tx.assign(rate, { name, active: true });
    }
    for (const rate of existing) if (!kept.has(rate.id)) rate.active = false;
  }
}

/** The row's new values, checked; throws on the first bad one. */
function checkedPatch(input: BusinessSettingsInput): Partial<BusinessSettingsRow> {
  const patch: Partial<BusinessSettingsRow> = {};
  const text = (
    field: keyof BusinessSettingsInput & keyof BusinessSettingsRow,
    check?: (v: string) => string | undefined,
  ) => {
    const value = blankToNull(input[field] as string | null | undefined);
    if (value === undefined) return;
    if (value !== null) {
      const problem = check?.(value);
      if (problem) throw new BadUserInputError(field, problem);
    }
    Object.assign(patch, { [field]: value });
  };
  text('name', nameProblem);
  text('logoUrl', (v) => (isHttpsUrl(v) ? undefined : 'must be an https:// address'));
  text('accentColor', (v) => (COLOUR.test(v) ? undefined : 'must be a colour as #rrggbb'));
  text('address', nameProblem);
  text('phone', (v) => (PHONE.test(v) ? undefined : 'must be a phone number (digits, spaces, + ( ) . -)'));
  text('replyTo', emailProblem);
  text('timeZone', (v) => (isTimeZone(v) ? undefined : 'must be an IANA time zone, such as Europe/Paris'));
  text('currency', (v) =>
    isKnownCurrency(v.toLowerCase()) ? undefined : 'must be an ISO 4217 currency Stripe can charge',
  );
  if (patch.currency) patch.currency = patch.currency.toLowerCase();
  if (input.logo !== undefined) {
    const logo = input.logo === null ? null : checkLogo(input.logo);
    if (logo && 'problem' in logo) throw new BadUserInputError('logo', logo.problem);
    Object.assign(patch, { logo: logo?.bytes ?? null, logoType: logo?.contentType ?? null });
  }
  if (input.terms !== undefined) patch.terms = blankToNull(input.terms);
  const whole = (field: 'defaultDepositPercent' | 'quoteValidityDays', min: number, max: number) => {
    const value = input[field];
    if (value === undefined) return;
    if (value !== null && (!Number.isInteger(value) || value < min || value > max)) {
      throw new BadUserInputError(field, `must be a whole number from ${min} to ${max}`);
    }
    patch[field] = value;
  };
  whole('defaultDepositPercent', 0, 100);
  whole('quoteValidityDays', 1, 365);
  if (input.reminderDays !== undefined) {
    const days = input.reminderDays ?? [];
    if (days.some((d, i) => !Number.isInteger(d) || d < 1 || d > 90 || (i > 0 && d <= (days[i - 1] as number)))) {
      throw new BadUserInputError('reminderDays', 'must be days from 1 to 90, in ascending order');
    }
    patch.reminderDays = days;
  }
  return patch;
}
