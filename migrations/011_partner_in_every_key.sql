-- Every key of a tenant table carries partner_id: the condition for distributing the tables by
-- partner with Citus later (test/db/schema.test.ts checks it). The primary keys on id alone become
-- (partner_id, id) and replace the unique (partner_id, id) constraints they duplicated; the foreign
-- keys that used those now use the primary keys. Lookups by id stay index scans: row-level
-- security adds partner_id = app_partner_id(), which is stable.

alter table api_keys drop constraint api_keys_partner_id_customer_id_fkey;
alter table customers drop constraint customers_partner_id_sla_definition_id_fkey;
alter table escalations drop constraint escalations_partner_id_support_plan_id_fkey;
alter table escalations drop constraint escalations_partner_id_support_request_id_fkey;
alter table escalations drop constraint escalations_parent_escalation_id_fkey;
alter table request_notes drop constraint request_notes_partner_id_request_id_fkey;
alter table service_incidents drop constraint service_incidents_partner_id_customer_id_fkey;
alter table sla_definitions drop constraint sla_definitions_partner_id_based_on_fkey;
alter table support_requests drop constraint support_requests_partner_id_assignee_id_fkey;
alter table support_requests drop constraint support_requests_partner_id_customer_id_fkey;
alter table support_requests drop constraint support_requests_partner_id_sla_definition_id_fkey;
alter table webhook_attempts drop constraint webhook_attempts_partner_id_delivery_id_fkey;
alter table webhook_deliveries drop constraint webhook_deliveries_partner_id_subscription_id_fkey;

alter table api_keys drop constraint api_keys_pkey, drop constraint api_keys_partner_id_id_key,
  add constraint api_keys_pkey primary key (partner_id, id);
alter table customers drop constraint customers_pkey, drop constraint customers_partner_id_id_key,
  add constraint customers_pkey primary key (partner_id, id);
alter table escalations drop constraint escalations_pkey, drop constraint escalations_partner_id_id_key,
  add constraint escalations_pkey primary key (partner_id, id);
alter table request_notes drop constraint request_notes_pkey,
  add constraint request_notes_pkey primary key (partner_id, id);
alter table sla_definitions drop constraint sla_definitions_pkey, drop constraint sla_definitions_partner_id_id_key,
  add constraint sla_definitions_pkey primary key (partner_id, id);
alter table support_plans drop constraint support_plans_pkey, drop constraint support_plans_partner_id_id_key,
  add constraint support_plans_pkey primary key (partner_id, id);
alter table support_requests drop constraint support_requests_pkey, drop constraint support_requests_partner_id_id_key,
  add constraint support_requests_pkey primary key (partner_id, id);
alter table webhook_attempts drop constraint webhook_attempts_pkey,
  add constraint webhook_attempts_pkey primary key (partner_id, id);
alter table webhook_deliveries drop constraint webhook_deliveries_pkey, drop constraint webhook_deliveries_partner_id_id_key,
  add constraint webhook_deliveries_pkey primary key (partner_id, id);
alter table webhook_subscriptions drop constraint webhook_subscriptions_pkey,
  drop constraint webhook_subscriptions_partner_id_id_key,
  add constraint webhook_subscriptions_pkey primary key (partner_id, id);
-- The webhook job reads an event by its position alone, under a policy with an `or`.
alter table events drop constraint events_pkey, add constraint events_pkey primary key (partner_id, position);
create index events_position on events (position);

-- A provider's forwarded escalation points at its reseller's escalation, which belongs to another
-- partner: that link alone still needs escalation ids unique across partners (the schema test
-- lists it as the one exception).
alter table escalations add constraint escalations_id_key unique (id);

alter table api_keys add constraint api_keys_partner_id_customer_id_fkey
  foreign key (partner_id, customer_id) references customers (partner_id, id);
alter table customers add constraint customers_partner_id_sla_definition_id_fkey
  foreign key (partner_id, sla_definition_id) references sla_definitions (partner_id, id);
alter table escalations add constraint escalations_partner_id_support_plan_id_fkey
  foreign key (partner_id, support_plan_id) references support_plans (partner_id, id);
alter table escalations add constraint escalations_partner_id_support_request_id_fkey
  foreign key (partner_id, support_request_id) references support_requests (partner_id, id);
alter table escalations add constraint escalations_parent_escalation_id_fkey
  foreign key (parent_escalation_id) references escalations (id);
alter table request_notes add constraint request_notes_partner_id_request_id_fkey
  foreign key (partner_id, request_id) references support_requests (partner_id, id);
alter table service_incidents add constraint service_incidents_partner_id_customer_id_fkey
  foreign key (partner_id, customer_id) references customers (partner_id, id);
alter table sla_definitions add constraint sla_definitions_partner_id_based_on_fkey
  foreign key (partner_id, based_on) references sla_definitions (partner_id, id);
alter table support_requests add constraint support_requests_partner_id_assignee_id_fkey
  foreign key (partner_id, assignee_id) references api_keys (partner_id, id);
alter table support_requests add constraint support_requests_partner_id_customer_id_fkey
  foreign key (partner_id, customer_id) references customers (partner_id, id);
alter table support_requests add constraint support_requests_partner_id_sla_definition_id_fkey
  foreign key (partner_id, sla_definition_id) references sla_definitions (partner_id, id);
alter table webhook_attempts add constraint webhook_attempts_partner_id_delivery_id_fkey
  foreign key (partner_id, delivery_id) references webhook_deliveries (partner_id, id) on delete cascade;
alter table webhook_deliveries add constraint webhook_deliveries_partner_id_subscription_id_fkey
  foreign key (partner_id, subscription_id) references webhook_subscriptions (partner_id, id) on delete cascade;

-- Keys are looked up under the partner they claim (authenticate_api_key), and a hash of a random
-- secret does not collide across partners either.
alter table api_keys drop constraint api_keys_key_hash_key, add constraint api_keys_key_hash_key unique (partner_id, key_hash);
alter table webhook_deliveries drop constraint webhook_deliveries_subscription_id_event_position_key,
  add constraint webhook_deliveries_subscription_id_event_position_key unique (partner_id, subscription_id, event_position);
drop index escalations_one_open;
create unique index escalations_one_open on escalations (partner_id, support_request_id)
  where state in ('open', 'submitted', 'attention_needed');

-- The diagnosis causes of SPEC §2 (src/domain causeOwnership), which nothing checked so far.
alter table support_requests add constraint support_requests_diagnosis_cause_check check (diagnosis_cause in (
  'misconfiguration', 'missing_settings', 'incomplete_integration', 'permissions', 'deployment', 'usage_question',
  'billing_question', 'subscription_change', 'updates', 'training_need', 'undocumented_service_behavior',
  'service_unavailable', 'service_bug', 'network_outage', 'regional_multitenant_issue'));
