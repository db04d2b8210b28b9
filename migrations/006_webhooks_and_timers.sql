-- Background work runs on graphile-worker (its schema is created by the migration runner right
-- after these files). The app role cannot touch the queue's tables; it schedules through this
-- one function, which runs as the owner.
create function schedule_job(task text, payload json, run_at timestamptz, job_key text) returns void
  language plpgsql security definer set search_path = public
  as $$
begin
  perform graphile_worker.add_job(task, payload, run_at => run_at, job_key => job_key, max_attempts => 5);
end
$$;
grant execute on function schedule_job(text, json, timestamptz, text) to partnerdesk_app;

-- SLA alerts already raised: `<target>:<kind>:<due instant>`, once per target and clock cycle.
alter table support_requests add column sla_alerts text[] not null default '{}';

create table webhook_subscriptions (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  url text not null,
  description text,
  event_types text[] not null default '{}',
  -- Standard Webhooks signing secret (`whsec_` + base64): needed in clear to sign, shown once.
  secret text not null,
  failing_since timestamptz(3),
  disabled_at timestamptz(3),
  disabled_reason text,
  created_at timestamptz(3) not null default now(),
  unique (partner_id, id)
);
create index webhook_subscriptions_partner on webhook_subscriptions (partner_id, created_at, id);
alter table webhook_subscriptions enable row level security;
alter table webhook_subscriptions force row level security;
create policy webhook_subscriptions_tenant on webhook_subscriptions
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

-- One row per (subscription, event): the durable outbox a delivery job works from.
create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  subscription_id uuid not null,
  event_position bigint not null,
  event_id text not null,
  event_type text not null,
  state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz(3) not null default now(),
  -- Retried with backoff until then; a redelivery starts a new window.
  retry_until timestamptz(3) not null default now() + interval '24 hours',
  last_status_code integer,
  last_error text,
  delivered_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  unique (partner_id, id),
  unique (subscription_id, event_position),
  foreign key (partner_id, subscription_id) references webhook_subscriptions (partner_id, id) on delete cascade
);
create index webhook_deliveries_subscription on webhook_deliveries (partner_id, subscription_id, created_at, id);
alter table webhook_deliveries enable row level security;
alter table webhook_deliveries force row level security;
create policy webhook_deliveries_tenant on webhook_deliveries
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

create table webhook_attempts (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  delivery_id uuid not null,
  attempted_at timestamptz(3) not null default now(),
  status_code integer,
  error text,
  duration_ms integer not null,
  foreign key (partner_id, delivery_id) references webhook_deliveries (partner_id, id) on delete cascade
);
create index webhook_attempts_delivery on webhook_attempts (partner_id, delivery_id, attempted_at);
alter table webhook_attempts enable row level security;
alter table webhook_attempts force row level security;
create policy webhook_attempts_tenant on webhook_attempts
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

-- Every event reaches the subscriptions that want it, in the transaction that records it: the
-- owning partner's, and the provider's for an escalation addressed to it. Runs as the owner to
-- schedule deliveries, and switches app.partner_id per recipient so that row-level security
-- still decides which subscriptions it sees.
create function fan_out_event() returns trigger
  language plpgsql security definer set search_path = public
  as $$
declare
  acting text := current_setting('app.partner_id', true);
  recipient uuid;
  delivery record;
begin
  foreach recipient in array array_remove(array[new.partner_id, new.also_visible_to], null) loop
    if recipient::text is distinct from acting then
      perform set_config('app.partner_id', recipient::text, true);
    end if;
    for delivery in
      insert into webhook_deliveries (partner_id, subscription_id, event_position, event_id, event_type)
      select recipient, s.id, new.position,
             lpad(to_hex(new.txid::text::bigint), 16, '0') || lpad(to_hex(new.position), 16, '0'), new.type
        from webhook_subscriptions s
       -- Explicit, not left to row-level security: a superuser owner bypasses it.
       where s.partner_id = recipient and s.disabled_at is null and (s.event_types = '{}' or new.type = any (s.event_types))
      returning id
    loop
      perform graphile_worker.add_job('deliver_webhook', json_build_object('partnerId', recipient, 'deliveryId', delivery.id),
                                      job_key => 'webhook:' || delivery.id, max_attempts => 5);
    end loop;
  end loop;
  if new.also_visible_to is not null or new.partner_id::text is distinct from acting then
    perform set_config('app.partner_id', coalesce(acting, ''), true);
  end if;
  return null;
end
$$;
create trigger events_fan_out after insert on events for each row execute function fan_out_event();
