-- Issue 16 items 3 and 4: the time agents spend on requests, priced by the SLA definition that
-- covered each request, and the reports computed from the tables at read time.

-- Time an agent spent on a request. `billable` time is charged under an hourly definition;
-- the author may change or delete an entry for a day after creating it (src/domain/timeEntries).
create table time_entries (
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  support_request_id uuid not null,
  customer_id uuid not null,
  minutes integer not null check (minutes between 1 and 1440),
  billable boolean not null,
  note text,
  performed_at timestamptz(3) not null,
  author jsonb not null,
  author_key_id uuid not null,
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  primary key (partner_id, id),
  foreign key (partner_id, support_request_id) references support_requests (partner_id, id),
  foreign key (partner_id, customer_id) references customers (partner_id, id)
);
-- A request's entries in the order they are listed.
create index time_entries_request on time_entries (partner_id, support_request_id, performed_at, id);
-- Usage for invoicing: a period's entries, per customer or all of them.
create index time_entries_performed on time_entries (partner_id, performed_at);
alter table time_entries enable row level security;
alter table time_entries force row level security;
-- The partner's agents only: a customer user never reads what its requests cost in time.
create policy time_entries_tenant on time_entries
  using (partner_id = (select app_partner_id()) and (select app_customer_id()) is null)
  with check (partner_id = (select app_partner_id()) and (select app_customer_id()) is null);

-- Hourly support is billed in increments, rounded up per request: `pricing.billingIncrementMinutes`
-- of the definition (a field of its pricing document, 15 when left out; src/domain/usage.ts).

-- Business minutes between two instants in an SLA definition's `hours` (src/domain/slaClock.ts
-- says how business time elapses), for the SLA report. A 24/7 calendar is plain elapsed time; the
-- report spells that case out inline, so that this function only runs for office-hours calendars.
-- A wall-clock time the clocks skip or repeat is read as PostgreSQL reads it, which may differ by
-- the length of the jump from the service's own clock on the two days a year the clocks change.
create function business_minutes(hours jsonb, since timestamptz, till timestamptz) returns double precision
  language sql stable parallel safe
  as $$
    select case
      when since is null or till is null or till <= since then 0
      when (hours ->> 'alwaysOpen')::boolean then date_part('epoch', till - since) / 60
      else coalesce((
        select sum(date_part('epoch', least(till, w.closes) - greatest(since, w.opens))) / 60
          from generate_series((since at time zone (hours ->> 'timezone'))::date,
                               (till at time zone (hours ->> 'timezone'))::date, interval '1 day') as d (day)
          cross join lateral jsonb_array_elements(hours -> 'weekly') as win (w)
          cross join lateral (
            select (d.day::date + (win.w ->> 'open')::time) at time zone (hours ->> 'timezone') as opens,
                   (d.day::date + (win.w ->> 'close')::time) at time zone (hours ->> 'timezone') as closes
          ) as w
         where win.w ->> 'day' = to_char(d.day, 'fmday')
           and not coalesce(hours -> 'holidays', '[]'::jsonb) ? to_char(d.day, 'YYYY-MM-DD')
           and w.closes > since and w.opens < till), 0)
    end
  $$;

-- The reports read the requests raised in a period: without this index a month of a long history
-- is a scan of all of it (EXPLAIN of a one-day SLA report on 100,000 requests: a sequential scan
-- for 1,440 rows).
create index support_requests_created on support_requests (partner_id, created_at);

-- The same policy on support_requests, with the tenant settings read once per query (an InitPlan)
-- instead of once per row: a report reads 100,000 rows, and reading the two settings for each of
-- them was most of its cost (a one-pass scan went from 3 ms to 200 ms per worker under the policy).
alter policy support_requests_tenant on support_requests
  using (partner_id = (select app_partner_id())
         and ((select app_customer_id()) is null or customer_id = (select app_customer_id())))
  with check (partner_id = (select app_partner_id())
              and ((select app_customer_id()) is null or customer_id = (select app_customer_id())));
