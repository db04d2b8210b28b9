-- Fair delivery: each subscription's deliveries run in a queue of their own (graphile-worker runs
-- one job of a queue at a time), so a receiver that stalls holds back its own subscription only,
-- never another partner's. Jobs may now fail up to 25 times (graphile-worker's backoff reaches
-- hours): a job only fails when the database cannot be reached, and an outage must not exhaust it.
create or replace function schedule_job(task text, payload json, run_at timestamptz, job_key text) returns void
  language plpgsql security definer set search_path = public
  as $$
declare
  queue text;
begin
  if task = 'deliver_webhook' then
    select 'webhooks:' || subscription_id into queue from webhook_deliveries where id = (payload ->> 'deliveryId')::uuid;
  end if;
  perform graphile_worker.add_job(task, payload, queue_name => queue, run_at => run_at, job_key => job_key,
                                  max_attempts => 25);
end
$$;

create or replace function fan_out_event() returns trigger
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
      returning id, subscription_id
    loop
      perform graphile_worker.add_job('deliver_webhook', json_build_object('partnerId', recipient, 'deliveryId', delivery.id),
                                      queue_name => 'webhooks:' || delivery.subscription_id,
                                      job_key => 'webhook:' || delivery.id, max_attempts => 25);
    end loop;
  end loop;
  if new.also_visible_to is not null or new.partner_id::text is distinct from acting then
    perform set_config('app.partner_id', coalesce(acting, ''), true);
  end if;
  return null;
end
$$;

create or replace function wake_partner_timer(at timestamptz) returns void
  language plpgsql security definer set search_path = public
  as $$
begin
  update partners set timer_due_at = at
   where id = app_partner_id() and (timer_due_at is null or timer_due_at > at);
  if found then
    perform graphile_worker.add_job('request_timers', json_build_object('partnerId', app_partner_id()),
                                    run_at => at, job_key => 'timers:' || app_partner_id(), max_attempts => 25);
  end if;
end
$$;

-- A bounded feed lag: the feed shows no event committed after the oldest transaction still open
-- started, so no transaction of the service may stay open for long. The service logs in as this
-- role (the app role is switched to at connection start and inherits these session defaults), in
-- this database only: other databases on a shared server keep their own settings (see the README).
do $$
begin
  execute format('alter role %I in database %I set idle_in_transaction_session_timeout = %L',
                 current_user, current_database(), '1min');
  if current_setting('server_version_num')::int >= 170000 then
    execute format('alter role %I in database %I set transaction_timeout = %L',
                   current_user, current_database(), '5min');
  end if;
end
$$;

-- For /metrics, callable by the app role, which cannot read the queue's tables or other sessions.
-- plpgsql: the queue's schema is created after these files (see src/db/migrate.ts).
create function job_queue_stats()
  returns table (task text, ready bigint, scheduled bigint, running bigint, failed bigint, oldest_ready_seconds float8)
  language plpgsql stable security definer set search_path = public
  as $$
begin
  return query
    select j.task_identifier::text,
           count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts and j.run_at <= now()),
           count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts and j.run_at > now()),
           count(*) filter (where j.locked_at is not null),
           count(*) filter (where j.attempts >= j.max_attempts),
           coalesce(extract(epoch from now() - min(j.run_at) filter (
             where j.locked_at is null and j.attempts < j.max_attempts and j.run_at <= now())), 0)::float8
      from graphile_worker.jobs j
     group by j.task_identifier;
end
$$;
revoke all on function job_queue_stats() from public;
grant execute on function job_queue_stats() to partnerdesk_app;

-- How far the feed may trail the newest committed event: it shows no event committed after the
-- oldest transaction still writing on the server began. Sessions of other roles are visible to a
-- superuser owner or one granted pg_read_all_stats; otherwise only the owner's own.
create function feed_lag_seconds() returns float8
  language sql stable security definer set search_path = public
  as $$
  select coalesce(extract(epoch from now() - min(xact_start)), 0)::float8
    from pg_stat_activity
   where backend_xid is not null and pid <> pg_backend_pid()
$$;
revoke all on function feed_lag_seconds() from public;
grant execute on function feed_lag_seconds() to partnerdesk_app;
