-- Microsoft connectors (issue 17): Graph service health and Partner Center service requests.

-- One connector per partner and kind, with the app registration it signs in with. The credential
-- (client secret, or certificate private key) is sealed with AES-256-GCM by the service before it
-- gets here: the database never holds it in clear. The rest is the connector's health as shown on
-- GET /v1/partner/connectors/{kind}.
create table connectors (
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  kind text not null check (kind in ('graph', 'partner_center')),
  tenant_id uuid not null,
  client_id uuid not null,
  credential_kind text not null check (credential_kind in ('secret', 'certificate')),
  sealed_credential text not null,
  certificate_thumbprint text,
  agent_locale text,
  -- Partner Center's support-topic catalogue, as last fetched (GET /v1/servicerequests/supporttopics).
  support_topics jsonb,
  support_topics_fetched_at timestamptz(3),
  last_success_at timestamptz(3),
  last_error text,
  last_error_at timestamptz(3),
  failing_since timestamptz(3),
  next_run_at timestamptz(3),
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  primary key (partner_id, kind),
  unique (partner_id, id),
  check ((credential_kind = 'certificate') = (certificate_thumbprint is not null))
);
alter table connectors enable row level security;
alter table connectors force row level security;
create policy connectors_tenant on connectors
  using (partner_id = app_partner_id() and app_customer_id() is null)
  with check (partner_id = app_partner_id() and app_customer_id() is null);

-- How far the Graph sync has read each customer tenant's issues: the newest lastModifiedDateTime seen.
create table graph_sync_cursors (
  partner_id uuid not null references partners (id),
  customer_id uuid not null,
  modified_through timestamptz(3),
  synced_at timestamptz(3) not null,
  primary key (partner_id, customer_id),
  foreign key (partner_id, customer_id) references customers (partner_id, id)
);
alter table graph_sync_cursors enable row level security;
alter table graph_sync_cursors force row level security;
create policy graph_sync_cursors_tenant on graph_sync_cursors
  using (partner_id = app_partner_id() and app_customer_id() is null)
  with check (partner_id = app_partner_id() and app_customer_id() is null);

-- The Partner Center service request an escalation was filed as, followed by the sync job:
-- its last status and how many of Microsoft's notes are already copied onto the request.
create table filed_service_requests (
  partner_id uuid not null references partners (id),
  escalation_id uuid not null,
  service_request_id text not null,
  status text not null,
  notes_copied integer not null default 0,
  synced_at timestamptz(3) not null,
  primary key (partner_id, escalation_id),
  unique (partner_id, service_request_id),
  foreign key (partner_id, escalation_id) references escalations (partner_id, id)
);
alter table filed_service_requests enable row level security;
alter table filed_service_requests force row level security;
create policy filed_service_requests_tenant on filed_service_requests
  using (partner_id = app_partner_id() and app_customer_id() is null)
  with check (partner_id = app_partner_id() and app_customer_id() is null);

-- Graph reports the same issue (EX123456) in every customer tenant it affects, so an incident is
-- one per id and scope: a customer, or every customer (customer_id null).
alter table service_incidents
  add column scope uuid generated always as (coalesce(customer_id, '00000000-0000-0000-0000-000000000000')) stored;
-- A link (migration 015) names the incident by id, whichever scopes it has: it can no longer be a
-- foreign key to one row.
alter table service_incident_links drop constraint service_incident_links_partner_id_incident_id_fkey;
alter table service_incidents drop constraint service_incidents_pkey,
  add constraint service_incidents_pkey primary key (partner_id, id, scope);
