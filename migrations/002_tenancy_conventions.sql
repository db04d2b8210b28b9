-- Support plans (R4): what a partner may escalate technically to Microsoft, and until when.
create table support_plans (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  kind text not null check (kind in ('premier', 'advanced', 'signature_cloud', 'partner_network_incidents')),
  valid_from timestamptz(3) not null,
  valid_until timestamptz(3),
  incidents_total integer check (incidents_total > 0),
  -- Never overdrawn, even under concurrent escalations: the check is the last line of defence.
  incidents_remaining integer check (incidents_remaining >= 0 and incidents_remaining <= incidents_total),
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  unique (partner_id, id),
  check (valid_until is null or valid_until > valid_from),
  check ((kind = 'partner_network_incidents') = (incidents_total is not null)),
  check ((incidents_total is null) = (incidents_remaining is null))
);
create index support_plans_partner on support_plans (partner_id, created_at, id);
alter table support_plans enable row level security;
alter table support_plans force row level security;
create policy support_plans_tenant on support_plans
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

create index api_keys_partner on api_keys (partner_id, created_at, id);

-- The first response to a POST with an Idempotency-Key, replayed for 24 hours. partner_id is null
-- for the operator's calls, which run with no partner set.
create table idempotency_keys (
  partner_id uuid references partners (id),
  key text not null,
  request_hash text not null,
  status_code integer,
  response_body text,
  response_headers jsonb,
  created_at timestamptz(3) not null default now(),
  completed_at timestamptz
);
create unique index idempotency_keys_scope on idempotency_keys (coalesce(partner_id, '00000000-0000-0000-0000-000000000000'::uuid), key);
create index idempotency_keys_age on idempotency_keys (created_at);
alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;
create policy idempotency_keys_tenant on idempotency_keys
  using (partner_id is not distinct from app_partner_id())
  with check (partner_id is not distinct from app_partner_id());

-- Deployment-wide secrets, made once so that every instance signs the same way (list cursors).
create table deployment_secrets (
  name text primary key,
  secret text not null
);
insert into deployment_secrets (name, secret)
  values ('cursor', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
revoke insert, update, delete on deployment_secrets from partnerdesk_app;
