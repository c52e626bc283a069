import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261123123339 } from './Migration20261123123339_initial';
import { Migration20261123125157 } from './Migration20261123125157_payments';
import { Migration20261123125715 } from './Migration20261123125715_webhook_inbox';
import { Migration20261201181135 } from './Migration20261201181135_customers';
import { Migration20261201185431 } from './Migration20261201185431_campaigns';
import { Migration20261201210255 } from './Migration20261201210255_change_log';
import { Migration20261202030156 } from './Migration20261202030156_order_free_money';
import { Migration20261202053706 } from './Migration20261202053706_email_problem';
import { Migration20261202115256 } from './Migration20261202115256_request_counts';
import { Migration20261202115301 } from './Migration20261202115301_admin_roles';
import { Migration20261202115302 } from './Migration20261202115302_invitations';
import { Migration20261202115505 } from './Migration20261202115505_password_resets';
import { Migration20261202120407 } from './Migration20261202120407_actors_and_audit';
import { Migration20261202121404 } from './Migration20261202121404_session_devices';
import { Migration20261202121405 } from './Migration20261202121405_business_settings';
import { Migration20261202121406 } from './Migration20261202121406_quote_lines';
import { Migration20261202121407 } from './Migration20261202121407_link_expectations';
import { Migration20261202144758 } from './Migration20261202144758_customer_mail';
import { Migration20261202145115 } from './Migration20261202145115_quote_acceptance';
import { Migration20261202145216 } from './Migration20261202145216_business_logo';
import { Migration20261202145315 } from './Migration20261202145315_deposits';
import { Migration20261202182936 } from './Migration20261202182936_pay_choice';
import { Migration20261202183000 } from './Migration20261202183000_payment_card';
import { Migration20261202185500 } from './Migration20261202185500_attention_queue_index';

/** Every migration, oldest first; a new one from `migration:create` is added here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123123339_initial', class: Migration20261123123339 },
  { name: 'Migration20261123125157_payments', class: Migration20261123125157 },
  { name: 'Migration20261123125715_webhook_inbox', class: Migration20261123125715 },
  { name: 'Migration20261201181135_customers', class: Migration20261201181135 },
  { name: 'Migration20261201185431_campaigns', class: Migration20261201185431 },
  { name: 'Migration20261201210255_change_log', class: Migration20261201210255 },
  { name: 'Migration20261202030156_order_free_money', class: Migration20261202030156 },
  { name: 'Migration20261202053706_email_problem', class: Migration20261202053706 },
  { name: 'Migration20261202115256_request_counts', class: Migration20261202115256 },
  { name: 'Migration20261202115301_admin_roles', class: Migration20261202115301 },
  { name: 'Migration20261202115302_invitations', class: Migration20261202115302 },
  { name: 'Migration20261202115505_password_resets', class: Migration20261202115505 },
  { name: 'Migration20261202120407_actors_and_audit', class: Migration20261202120407 },
  { name: 'Migration20261202121404_session_devices', class: Migration20261202121404 },
  { name: 'Migration20261202121405_business_settings', class: Migration20261202121405 },
  { name: 'Migration20261202121406_quote_lines', class: Migration20261202121406 },
  { name: 'Migration20261202121407_link_expectations', class: Migration20261202121407 },
  { name: 'Migration20261202144758_customer_mail', class: Migration20261202144758 },
  { name: 'Migration20261202145115_quote_acceptance', class: Migration20261202145115 },
  { name: 'Migration20261202145216_business_logo', class: Migration20261202145216 },
  { name: 'Migration20261202145315_deposits', class: Migration20261202145315 },
  { name: 'Migration20261202182936_pay_choice', class: Migration20261202182936 },
  { name: 'Migration20261202183000_payment_card', class: Migration20261202183000 },
  { name: 'Migration20261202185500_attention_queue_index', class: Migration20261202185500 },
];
