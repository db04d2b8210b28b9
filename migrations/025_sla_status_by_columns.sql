-- sla_status() takes the columns it reads instead of the whole row (issue 18). PostgreSQL inlines
-- this SQL function into every statement that calls it, and while inlining, each `r.column` of a
-- row argument copied support_requests' whole tuple descriptor with its defaults and checks: 0.4
-- ms of planning per statement (a transition's update, an intake's insert and every list that is
-- not prepared return the status), about a fifth of PostgreSQL's time in a transition. Columns
-- cost nothing to substitute. The rule is migration 012's, unchanged.
drop function sla_status(support_requests, timestamptz);

create function sla_status(
  state text,
  sla_definition_id uuid,
  first_response_due_at timestamptz,
  first_response_at_risk_at timestamptz,
  first_responded_at timestamptz,
  resolution_due_at timestamptz,
  resolution_at_risk_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  paused_at timestamptz,
  at timestamptz
) returns text
  language sql stable parallel safe
  as $$
    select case
      when sla_definition_id is null then null
      when first_response_due_at < coalesce(first_responded_at, closed_at, paused_at, at)
        or resolution_due_at < coalesce(resolved_at, closed_at, paused_at, at)
        then 'breached'
      when state in ('resolved', 'closed', 'cancelled') then 'met'
      when paused_at is not null then 'paused'
      when (first_responded_at is null and at >= first_response_at_risk_at) or at >= resolution_at_risk_at then 'at_risk'
      else 'on_track'
    end
  $$;
