-- The application role: it owns nothing and is no superuser, so row-level security binds it.
do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'partnerdesk_app') then
    create role partnerdesk_app nologin;
  end if;
end
$$;
-- The owner logs in and switches to the app role (see src/db/pool.ts).
grant partnerdesk_app to current_user;
grant usage on schema public to partnerdesk_app;
alter default privileges in schema public grant select, insert, update, delete on tables to partnerdesk_app;
alter default privileges in schema public grant usage, select on sequences to partnerdesk_app;
grant select on partnerdesk_migrations to partnerdesk_app;

-- The partner whose transaction this is (set by withTenant), or null: then every policy fails.
create function app_partner_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.partner_id', true), '')::uuid $$;

create table partners (
  id uuid primary key,
  name text not null,
  kind text not null check (kind in ('direct', 'indirect_provider', 'indirect_reseller')),
  indirect_provider_id uuid references partners (id),
  competency text not null default 'none' check (competency in ('none', 'action_pack', 'silver', 'gold')),
  support_email text,
  support_telephone text,
  support_website text,
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  check ((kind = 'indirect_reseller') = (indirect_provider_id is not null))
);
alter table partners enable row level security;
alter table partners force row level security;
create policy partners_tenant on partners
  using (id = app_partner_id())
  with check (id = app_partner_id());

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  name text not null,
  role text not null check (role in ('admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent', 'customer_user')),
  key_hash text not null unique,
  created_at timestamptz(3) not null default now(),
  revoked_at timestamptz(3),
  unique (partner_id, id)
);
alter table api_keys enable row level security;
alter table api_keys force row level security;
create policy api_keys_tenant on api_keys
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());
