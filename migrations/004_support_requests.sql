-- Per-partner request numbers: a sequence per partner, so concurrent intakes never wait on a
-- shared counter row. Created with the partner; only the owner may create sequences, hence
-- security definer. Both act on the calling tenant only.
create function create_request_number_sequence() returns void
  language plpgsql security definer set search_path = public
  as $$
begin
  if app_partner_id() is null then raise exception 'no partner is set'; end if;
  execute format('create sequence if not exists %I', 'request_number_' || replace(app_partner_id()::text, '-', ''));
end
$$;

create function next_request_number() returns bigint
  language sql security definer set search_path = public
  as $$ select nextval(('request_number_' || replace(app_partner_id()::text, '-', ''))::regclass) $$;

-- Partners created before this migration get theirs now.
do $$
declare p record;
begin
  for p in select id from partners loop
    execute format('create sequence if not exists %I', 'request_number_' || replace(p.id::text, '-', ''));
  end loop;
end
$$;

create table support_requests (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  number bigint not null,
  customer_id uuid not null,
  title text not null,
  description text not null,
  category text not null check (category in ('billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting', 'updates', 'usage')),
  product_name text not null,
  product_type text not null check (product_type in ('cloud', 'on_premises')),
  product_service text not null,
  severity text not null check (severity in ('critical', 'moderate', 'minimal')),
  channel text not null check (channel in ('phone', 'email', 'web', 'chat', 'api')),
  requester jsonb not null,
  state text not null default 'new'
    check (state in ('new', 'in_progress', 'awaiting_customer', 'escalated', 'resolved', 'closed', 'cancelled')),
  assignee_id uuid,
  diagnosis_cause text,
  diagnosis_ownership text check (diagnosis_ownership in ('partner', 'microsoft')),
  diagnosis_summary text,
  diagnosed_at timestamptz(3),
  health_check jsonb,
  resolution_code text,
  resolution_summary text,
  resolved_at timestamptz(3),
  closed_at timestamptz(3),
  -- The SLA clock: the definition in force at intake, the targets of the current severity, the
  -- business minutes spent paused, and the instants derived from them (see src/domain/slaClock).
  sla_definition_id uuid not null,
  sla_definition_version integer not null,
  first_response_target_minutes integer not null,
  resolution_target_minutes integer not null,
  paused_minutes double precision not null default 0,
  paused_at timestamptz(3),
  first_response_due_at timestamptz(3) not null,
  first_response_at_risk_at timestamptz(3) not null,
  first_responded_at timestamptz(3),
  resolution_due_at timestamptz(3) not null,
  resolution_at_risk_at timestamptz(3) not null,
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  unique (partner_id, id),
  unique (partner_id, number),
  foreign key (partner_id, customer_id) references customers (partner_id, id),
  foreign key (partner_id, sla_definition_id) references sla_definitions (partner_id, id),
  foreign key (partner_id, assignee_id) references api_keys (partner_id, id)
);
-- Newest first, filtered: each filter has an index that yields its first page in order.
create index support_requests_state on support_requests (partner_id, state, number desc);
create index support_requests_customer on support_requests (partner_id, customer_id, number desc);
create index support_requests_severity on support_requests (partner_id, severity, number desc);
create index support_requests_category on support_requests (partner_id, category, number desc);
create index support_requests_assignee on support_requests (partner_id, assignee_id, number desc) where assignee_id is not null;
create index support_requests_updated on support_requests (partner_id, updated_at);
alter table support_requests enable row level security;
alter table support_requests force row level security;
-- A customer_user sees its own customer's requests only, and may raise requests for it only.
create policy support_requests_tenant on support_requests
  using (partner_id = app_partner_id() and (app_customer_id() is null or customer_id = app_customer_id()))
  with check (partner_id = app_partner_id() and (app_customer_id() is null or customer_id = app_customer_id()));

-- What the SLA says of a request at `at`, from its stored instants alone (SPEC §2 sla.status).
-- The clock stops at the first response, at resolution, at closing or cancelling, and while
-- paused; a target missed stays missed.
create function sla_status(r support_requests, at timestamptz) returns text
  language sql stable parallel safe
  as $$
    select case
      when r.first_response_due_at < coalesce(r.first_responded_at, r.closed_at, r.paused_at, at)
        or r.resolution_due_at < coalesce(r.resolved_at, r.closed_at, r.paused_at, at)
        then 'breached'
      when r.state in ('resolved', 'closed', 'cancelled') then 'met'
      when r.paused_at is not null then 'paused'
      when (r.first_responded_at is null and at >= r.first_response_at_risk_at) or at >= r.resolution_at_risk_at then 'at_risk'
      else 'on_track'
    end
  $$;

create table request_notes (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  request_id uuid not null,
  customer_id uuid not null,
  text text not null,
  visibility text not null check (visibility in ('public', 'internal')),
  author jsonb not null,
  created_at timestamptz(3) not null default now(),
  foreign key (partner_id, request_id) references support_requests (partner_id, id)
);
create index request_notes_request on request_notes (partner_id, request_id, created_at, id);
alter table request_notes enable row level security;
alter table request_notes force row level security;
-- R9: a customer_user sees the public notes of its own requests, never internal ones.
create policy request_notes_tenant on request_notes
  using (partner_id = app_partner_id()
         and (app_customer_id() is null or (customer_id = app_customer_id() and visibility = 'public')))
  with check (partner_id = app_partner_id()
              and (app_customer_id() is null or (customer_id = app_customer_id() and visibility = 'public')));

-- Microsoft Graph serviceHealthIssue objects, as imported (R2); customer_id null = every customer.
create table service_incidents (
  partner_id uuid not null references partners (id),
  id text not null,
  title text not null,
  service text not null,
  feature text,
  feature_group text,
  classification text not null,
  status text not null,
  is_resolved boolean not null,
  impact_description text,
  start_date_time timestamptz(3),
  end_date_time timestamptz(3),
  last_modified_date_time timestamptz(3),
  customer_id uuid,
  updated_at timestamptz(3) not null default now(),
  primary key (partner_id, id),
  foreign key (partner_id, customer_id) references customers (partner_id, id)
);
create index service_incidents_open on service_incidents (partner_id, lower(service)) where not is_resolved;
alter table service_incidents enable row level security;
alter table service_incidents force row level security;
create policy service_incidents_tenant on service_incidents
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());
