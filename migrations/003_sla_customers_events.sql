-- The customer a customer_user key acts for (set by withTenant), or null for partner agents.
create function app_customer_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.customer_id', true), '')::uuid $$;

-- The support offering a partner publishes (R6). A draft may be incomplete; publishing checks it.
-- `version` numbers the terms along a basedOn lineage; `revision` counts edits of a draft (ETag).
create table sla_definitions (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  name text not null,
  version integer not null default 1,
  based_on uuid,
  status text not null default 'draft' check (status in ('draft', 'published', 'retired')),
  support_types text[] not null default '{}',
  hours jsonb,
  channels jsonb not null default '[]',
  pricing jsonb,
  targets jsonb,
  pause_on text[] not null default '{awaiting_customer}',
  is_default boolean not null default false,
  revision integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  published_at timestamptz(3),
  retired_at timestamptz(3),
  unique (partner_id, id),
  foreign key (partner_id, based_on) references sla_definitions (partner_id, id),
  check (not is_default or status <> 'retired')
);
create unique index sla_definitions_one_default on sla_definitions (partner_id) where is_default and status = 'published';
create index sla_definitions_partner on sla_definitions (partner_id, created_at, id);
alter table sla_definitions enable row level security;
alter table sla_definitions force row level security;
create policy sla_definitions_tenant on sla_definitions
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

create table customers (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  name text not null,
  domain text not null,
  tenant_id uuid not null,
  billing_status text not null default 'active' check (billing_status in ('active', 'past_due', 'suspended')),
  sla_definition_id uuid,
  contacts jsonb not null default '[]',
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  unique (partner_id, id),
  constraint customers_tenant_id_unique unique (partner_id, tenant_id),
  foreign key (partner_id, sla_definition_id) references sla_definitions (partner_id, id)
);
create index customers_partner on customers (partner_id, created_at, id);
create index customers_sla on customers (partner_id, sla_definition_id);
alter table customers enable row level security;
alter table customers force row level security;
-- A customer_user sees its own customer only; partner agents see all of their partner's.
create policy customers_tenant on customers
  using (partner_id = app_partner_id() and (app_customer_id() is null or id = app_customer_id()))
  with check (partner_id = app_partner_id() and app_customer_id() is null);

alter table api_keys add column customer_id uuid;
alter table api_keys add foreign key (partner_id, customer_id) references customers (partner_id, id);
alter table api_keys add check ((role = 'customer_user') = (customer_id is not null));

-- The audit trail, the feed integrations follow and the source of webhooks: written in the same
-- transaction as the change it records. `txid` orders the feed safely (see the README).
create table events (
  position bigint generated always as identity primary key,
  txid xid8 not null default pg_current_xact_id(),
  partner_id uuid not null default app_partner_id() references partners (id),
  type text not null,
  subject_type text not null,
  subject_id uuid not null,
  actor jsonb not null,
  data jsonb not null default '{}',
  -- Whether a customer_user may see it (R9: internal notes and escalations never reach customers).
  customer_visible boolean not null default false,
  occurred_at timestamptz(3) not null default now()
);
create index events_feed on events (partner_id, txid, position);
create index events_subject on events (partner_id, subject_type, subject_id, position);
alter table events enable row level security;
alter table events force row level security;
create policy events_tenant on events
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

-- Customers with the published SLA definition that covers them: their own, else the partner's
-- default. security_invoker keeps row-level security in force through the view.
create view customers_with_coverage with (security_invoker = true) as
select c.*,
       coalesce(assigned.id, fallback.id) as covering_definition_id,
       case
         when assigned.id is not null then json_build_object('definitionId', assigned.id, 'version', assigned.version, 'source', 'assigned')
         when c.sla_definition_id is null and fallback.id is not null then json_build_object('definitionId', fallback.id, 'version', fallback.version, 'source', 'default')
       end as sla_coverage
  from customers c
  left join sla_definitions assigned
    on assigned.partner_id = c.partner_id and assigned.id = c.sla_definition_id and assigned.status = 'published'
  left join sla_definitions fallback
    on c.sla_definition_id is null and fallback.partner_id = c.partner_id and fallback.is_default and fallback.status = 'published';
grant select on customers_with_coverage to partnerdesk_app;
