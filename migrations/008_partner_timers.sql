-- Request timers without a queue job per request: each request keeps the instant it next needs
-- the service (an SLA alert, or the auto-close of a resolved request), and each partner has one
-- timer job at the earliest of them. A change that brings a request's instant before the
-- partner's timer moves the timer forward; otherwise it costs nothing.
alter table support_requests add column next_timer_at timestamptz(3);
create index support_requests_timers on support_requests (partner_id, next_timer_at) where next_timer_at is not null;

-- When the partner's timer job is due; null when it has none (owned by the service, not the API).
alter table partners add column timer_due_at timestamptz(3);

create function wake_partner_timer(at timestamptz) returns void
  language plpgsql security definer set search_path = public
  as $$
begin
  update partners set timer_due_at = at
   where id = app_partner_id() and (timer_due_at is null or timer_due_at > at);
  if found then
    perform graphile_worker.add_job('request_timers', json_build_object('partnerId', app_partner_id()),
                                    run_at => at, job_key => 'timers:' || app_partner_id(), max_attempts => 5);
  end if;
end
$$;

create function wake_timer_of_request() returns trigger
  language plpgsql security definer set search_path = public
  as $$
begin
  perform wake_partner_timer(new.next_timer_at);
  return null;
end
$$;
create trigger support_requests_wake_timer after insert or update of next_timer_at on support_requests
  for each row when (new.next_timer_at is not null) execute function wake_timer_of_request();

-- The partner's timer ran: the next wake-up schedules it afresh.
create function timer_ran() returns void
  language sql security definer set search_path = public
  as $$ update partners set timer_due_at = null where id = app_partner_id() $$;
