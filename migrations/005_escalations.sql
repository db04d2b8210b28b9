-- Escalations (R1–R5). partner_id is the partner that escalates; target_partner_id is the indirect
-- provider it is addressed to (R5), which sees and answers it through row-level security too.
create table escalations (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  support_request_id uuid,
  channel text not null check (channel in ('commercial', 'technical')),
  target text not null check (target in ('microsoft', 'indirect_provider')),
  target_partner_id uuid references partners (id),
  support_plan_id uuid,
  incident_consumed boolean not null default false,
  severity text not null check (severity in ('critical', 'moderate', 'minimal')),
  state text not null default 'open' check (state in ('open', 'submitted', 'attention_needed', 'resolved', 'rejected', 'withdrawn')),
  external_case_id text,
  parent_escalation_id uuid references escalations (id),
  summary text not null,
  support_topic_id text,
  evidence jsonb not null,
  outcome text,
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  unique (partner_id, id),
  foreign key (partner_id, support_request_id) references support_requests (partner_id, id),
  foreign key (partner_id, support_plan_id) references support_plans (partner_id, id),
  check ((target = 'indirect_provider') = (target_partner_id is not null)),
  -- A forwarded (child) escalation belongs to the provider and has no request of its own.
  check ((support_request_id is null) = (parent_escalation_id is not null))
);
-- At most one escalation in progress per request.
create unique index escalations_one_open on escalations (support_request_id)
  where state in ('open', 'submitted', 'attention_needed');
create index escalations_partner on escalations (partner_id, created_at, id);
create index escalations_target on escalations (target_partner_id, created_at, id) where target_partner_id is not null;
create index escalations_parent on escalations (parent_escalation_id) where parent_escalation_id is not null;
alter table escalations enable row level security;
alter table escalations force row level security;
-- The escalating partner and the provider it is addressed to; never a customer user (R9).
create policy escalations_parties on escalations
  using ((partner_id = app_partner_id() or target_partner_id = app_partner_id()) and app_customer_id() is null)
  with check ((partner_id = app_partner_id() or target_partner_id = app_partner_id()) and app_customer_id() is null);

-- Events about an escalation addressed to a provider are the provider's to see as well.
alter table events add column also_visible_to uuid references partners (id);
drop policy events_tenant on events;
create policy events_tenant on events
  using (partner_id = app_partner_id() or also_visible_to = app_partner_id())
  with check (partner_id = app_partner_id() or also_visible_to = app_partner_id());
create index events_also_visible on events (also_visible_to, txid, position) where also_visible_to is not null;
