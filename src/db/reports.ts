import type { EscalationState } from '../domain/escalationLifecycle.js';
import type { EscalationChannel, EscalationTarget } from '../domain/escalationPolicy.js';
import { ageBands, type AgeBand, type TrainingCause } from '../domain/reports.js';
import type { Pricing } from '../domain/sla.js';
import type { SlaTrackingStatus } from '../domain/slaTracking.js';
import type { SupportPlanKind } from '../domain/supportPlans.js';
import { severities, type RequestState, type Severity } from '../domain/supportRequests.js';
import type { Client } from './pool.js';
import { slaStatusOf } from './supportRequests.js';

export interface TrainingNeedRow {
  customerId: string;
  customerName: string;
  requests: {
    id: string;
    number: number;
    title: string;
    productName: string;
    cause: TrainingCause;
    diagnosedAt: string;
  }[];
  products: { name: string; count: number }[];
}

/**
 * Per customer, the requests diagnosed with one of `causes` in [from, to), oldest first, and
 * their counts by product (most asked first). Served by the partial index of migration 012.
 */
export async function trainingNeeds(
  client: Client,
  causes: readonly TrainingCause[],
  from: string,
  to: string,
): Promise<TrainingNeedRow[]> {
  const { rows } = await client.query<TrainingNeedRow>(
    `with diagnosed as (
       select r.id, r.number, r.title, r.product_name, r.diagnosis_cause, r.diagnosed_at, r.customer_id
         from support_requests r
        where r.diagnosis_cause = any($1::text[])
          and r.diagnosed_at >= $2::timestamptz and r.diagnosed_at < $3::timestamptz
     )
     select c.id as "customerId", c.name as "customerName",
            (select json_agg(json_build_object('id', d.id, 'number', d.number, 'title', d.title,
                       'productName', d.product_name, 'cause', d.diagnosis_cause, 'diagnosedAt', d.diagnosed_at)
                     order by d.diagnosed_at, d.number)
               from diagnosed d where d.customer_id = c.id) as requests,
            (select json_agg(json_build_object('name', p.product_name, 'count', p.count) order by p.count desc, p.product_name)
               from (select product_name, count(*)::int as count from diagnosed d
                      where d.customer_id = c.id group by product_name) p) as products
       from customers c
      where c.id in (select customer_id from diagnosed)
      order by c.name, c.id`,
    [causes, from, to],
  );
  return rows;
}

/** The period and filters of a report (ReportQuery); `now` is the instant open requests are judged at. */
export interface ReportScope {
  from: string;
  to: string;
  customerId?: string | undefined;
  severity?: string | undefined;
  category?: string | undefined;
  now: Date;
}

// Durations are read with date_part (double precision), not extract (numeric since PostgreSQL 14,
// several times slower over the 100,000 rows a report may read).

/** The request filter every report shares, on alias `r`, with its parameters at $1–$5. */
const scopedRequests = `r.created_at >= $1::timestamptz and r.created_at < $2::timestamptz
  and ($3::uuid is null or r.customer_id = $3::uuid)
  and ($4::text is null or r.severity = $4::text)
  and ($5::text is null or r.category = $5::text)`;
const scopeParams = (scope: ReportScope) => [
  scope.from,
  scope.to,
  scope.customerId ?? null,
  scope.severity ?? null,
  scope.category ?? null,
];

export interface SlaTargetRow {
  target: 'first_response' | 'resolution';
  severity: Severity;
  requests: number;
  met: number;
  breached: number;
  open: number;
  medianMinutesUsed: number | null;
  p90MinutesUsed: number | null;
}

/**
 * Per target and severity, the covered requests raised in the period judged as `sla_status`
 * (migrations 004, 012) judges them: breached when the target was due before the clock stopped (or
 * before now, while it runs), met when it stopped in time, open otherwise. The minutes used are the
 * business minutes stored when each clock stopped (migration 021), for the targets reached.
 */
export async function slaTargets(client: Client, scope: ReportScope): Promise<SlaTargetRow[]> {
  // One pass over the reporting index (migration 021), which yields the period grouped by severity:
  // no join, no sort but each target's, whose two percentiles come from that one sort.
  const { rows } = await client.query<SlaTargetRow>(
    `with per_severity as (
       select r.severity, count(*)::int as requests,
              count(*) filter (where s.first_response <= r.first_response_due_at)::int as fr_met,
              count(*) filter (where r.first_response_due_at < coalesce(s.first_response, r.paused_at, $6::timestamptz))::int
                as fr_breached,
              count(*) filter (where s.resolution <= r.resolution_due_at)::int as res_met,
              count(*) filter (where r.resolution_due_at < coalesce(s.resolution, r.paused_at, $6::timestamptz))::int
                as res_breached,
              percentile_cont(array[0.5, 0.9]) within group (order by r.first_response_minutes_used) as fr_used,
              percentile_cont(array[0.5, 0.9]) within group (order by r.resolution_minutes_used) as res_used
         from support_requests r
        cross join lateral (select coalesce(r.first_responded_at, r.closed_at) as first_response,
                                   coalesce(r.resolved_at, r.closed_at) as resolution) s
        where ${scopedRequests} and r.sla_definition_id is not null
        group by r.severity
     )
     select t.target, p.severity, p.requests, t.met, t.breached, p.requests - t.met - t.breached as open,
            round(t.used[1]::numeric, 1)::float8 as "medianMinutesUsed",
            round(t.used[2]::numeric, 1)::float8 as "p90MinutesUsed"
       from per_severity p
      cross join lateral (values
        ('first_response', p.fr_met, p.fr_breached, p.fr_used),
        ('resolution', p.res_met, p.res_breached, p.res_used)
      ) as t (target, met, breached, used)
      order by t.target, array_position($7::text[], p.severity)`,
    [...scopeParams(scope), scope.now.toISOString(), severities],
  );
  return rows;
}

export interface BacklogRow {
  state: RequestState;
  ageBand: AgeBand;
  slaStatus: SlaTrackingStatus | null;
  requests: number;
  oldestNumber: number;
  oldestCreatedAt: string;
}

/** Requests raised in the period and still open, by state, age band (ageBands) and SLA status, oldest first. */
export async function backlog(
  client: Client,
  scope: ReportScope,
  openStates: readonly RequestState[],
): Promise<BacklogRow[]> {
  const { rows } = await client.query<BacklogRow>(
    `select r.state, ($8::text[])[1 + width_bucket(date_part('epoch', $6::timestamptz - r.created_at) / 86400,
                                                   $9::float8[])] as "ageBand",
            ${slaStatusOf('r', '$6::timestamptz')} as "slaStatus", count(*)::int as requests,
            min(r.number)::int as "oldestNumber", min(r.created_at) as "oldestCreatedAt"
       from support_requests r
      where ${scopedRequests} and r.state = any($7::text[])
      group by 1, 2, 3
      order by "oldestCreatedAt", 1, 3`,
    [
      ...scopeParams(scope),
      scope.now.toISOString(),
      openStates,
      ageBands.map((b) => b.band),
      ageBands.flatMap((b) => (b.maxDays === null ? [] : [b.maxDays])),
    ],
  );
  return rows;
}

export interface EscalationGroupRow {
  channel: EscalationChannel;
  target: EscalationTarget;
  product: string;
  outcome: EscalationState;
  escalations: number;
  medianMinutesToResolve: number | null;
  p90MinutesToResolve: number | null;
}

/**
 * Escalations raised in the period (filtered by their request's customer and category and their
 * own severity), grouped; an ended escalation changes no more, so its last update is its end.
 */
export async function escalationGroups(
  client: Client,
  scope: ReportScope,
  finalStates: readonly EscalationState[],
): Promise<EscalationGroupRow[]> {
  const { rows } = await client.query<EscalationGroupRow>(
    `with scoped as (
       select e.channel, e.target, coalesce(r.product_name, e.evidence #>> '{product,name}', 'unknown') as product,
              e.state as outcome,
              case when e.state = any($6::text[]) then date_part('epoch', e.updated_at - e.created_at) / 60 end as minutes
         from escalations e
         left join support_requests r on r.partner_id = e.partner_id and r.id = e.support_request_id
        where e.created_at >= $1::timestamptz and e.created_at < $2::timestamptz
          and ($3::uuid is null or r.customer_id = $3::uuid)
          and ($4::text is null or e.severity = $4::text)
          and ($5::text is null or r.category = $5::text)
     )
     select channel, target, product, outcome, escalations,
            round(minutes[1]::numeric, 1)::float8 as "medianMinutesToResolve",
            round(minutes[2]::numeric, 1)::float8 as "p90MinutesToResolve"
       from (select channel, target, product, outcome, count(*)::int as escalations,
                    percentile_cont(array[0.5, 0.9]) within group (order by minutes) as minutes
               from scoped
              group by 1, 2, 3, 4) grouped
      order by 1, 2, 3, 4`,
    [...scopeParams(scope), finalStates],
  );
  return rows;
}

export interface PlanUseRow {
  supportPlanId: string;
  kind: SupportPlanKind;
  escalations: number;
  incidentsUsed: number;
  incidentsRemaining: number | null;
  incidentsTotal: number | null;
}

/** Every support plan of the partner, with the escalations of the scope filed under it. */
export async function planUse(client: Client, scope: ReportScope): Promise<PlanUseRow[]> {
  const { rows } = await client.query<PlanUseRow>(
    `select p.id as "supportPlanId", p.kind,
            count(e.id)::int as escalations, count(e.id) filter (where e.incident_consumed)::int as "incidentsUsed",
            p.incidents_remaining as "incidentsRemaining", p.incidents_total as "incidentsTotal"
       from support_plans p
       left join (escalations e left join support_requests r on r.partner_id = e.partner_id and r.id = e.support_request_id)
         on e.partner_id = p.partner_id and e.support_plan_id = p.id
        and e.created_at >= $1::timestamptz and e.created_at < $2::timestamptz
        and ($3::uuid is null or r.customer_id = $3::uuid)
        and ($4::text is null or e.severity = $4::text)
        and ($5::text is null or r.category = $5::text)
      group by p.partner_id, p.id
      order by p.created_at, p.id`,
    scopeParams(scope),
  );
  return rows;
}

export interface VolumeRow {
  dimension: 'day' | 'category' | 'cause' | 'channel';
  value: string | null;
  requests: number;
}

/**
 * Requests raised in the period counted four ways in one pass: counted once per combination of
 * the four (one hash lookup per request), then those few counts added up per dimension.
 */
export async function requestVolume(client: Client, scope: ReportScope): Promise<VolumeRow[]> {
  const { rows } = await client.query<VolumeRow>(
    `with counted as (
       select date_bin('1 day', r.created_at, timestamptz '2000-01-01 00:00:00+00') as day, r.category,
              r.diagnosis_cause, r.channel, count(*) as requests
         from support_requests r
        where ${scopedRequests}
        group by 1, 2, 3, 4
     )
     select case when grouping(day) = 0 then 'day' when grouping(category) = 0 then 'category'
                 when grouping(diagnosis_cause) = 0 then 'cause' else 'channel' end as dimension,
            coalesce((day at time zone 'UTC')::date::text, category, diagnosis_cause, channel) as value,
            sum(requests)::int as requests
       from counted
      group by grouping sets ((day), (category), (diagnosis_cause), (channel))
      order by 1, 3 desc, 2`,
    scopeParams(scope),
  );
  return rows;
}

export interface UsageRow {
  customerId: string;
  customerName: string;
  slaDefinitionId: string | null;
  slaDefinitionName: string | null;
  slaDefinitionVersion: number | null;
  pricing: Pricing | null;
  coversNow: boolean;
  requestsRaised: number;
  incidents: number;
  /** The billable minutes of each request with any, in the period. */
  billableMinutesPerRequest: number[];
  nonBillableMinutes: number;
  /** False for the row of a customer with nothing in the period and no coverage. */
  hasLine: boolean;
}

/**
 * Per customer (all, or one), and per SLA definition: the requests raised in [from, to) under it,
 * the time logged in the period on its requests, whether it covers the customer now. A customer
 * with none of these still has one row, with `hasLine` false.
 */
export async function usage(
  client: Client,
  period: { from: string; to: string; customerId?: string | undefined },
): Promise<UsageRow[]> {
  const { rows } = await client.query<UsageRow>(
    `with raised as (
       select r.customer_id, r.sla_definition_id as definition_id, count(*)::int as requests_raised,
              count(*) filter (where r.state <> 'cancelled')::int as incidents
         from support_requests r
        where r.created_at >= $1::timestamptz and r.created_at < $2::timestamptz
          and ($3::uuid is null or r.customer_id = $3::uuid)
        group by 1, 2
     ), per_request as (
       select e.customer_id, r.sla_definition_id as definition_id,
              coalesce(sum(e.minutes) filter (where e.billable), 0)::int as billable,
              coalesce(sum(e.minutes) filter (where not e.billable), 0)::int as non_billable
         from time_entries e
         join support_requests r on r.partner_id = e.partner_id and r.id = e.support_request_id
        where e.performed_at >= $1::timestamptz and e.performed_at < $2::timestamptz
          and ($3::uuid is null or e.customer_id = $3::uuid)
        group by e.customer_id, r.sla_definition_id, e.support_request_id
     ), timed as (
       select customer_id, definition_id,
              coalesce(json_agg(billable) filter (where billable > 0), '[]') as billable_per_request,
              sum(non_billable)::int as non_billable
         from per_request group by 1, 2
     ), covered as (
       select c.id as customer_id, c.covering_definition_id as definition_id
         from customers_with_coverage c
        where c.covering_definition_id is not null and ($3::uuid is null or c.id = $3::uuid)
     ), lines as (
       select customer_id, definition_id from raised
       union select customer_id, definition_id from timed
       union select customer_id, definition_id from covered
     )
     select c.id as "customerId", c.name as "customerName", l.definition_id as "slaDefinitionId",
            d.name as "slaDefinitionName", d.version as "slaDefinitionVersion", d.pricing,
            coalesce(l.definition_id = cov.definition_id, false) as "coversNow",
            coalesce(ra.requests_raised, 0) as "requestsRaised", coalesce(ra.incidents, 0) as incidents,
            coalesce(t.billable_per_request, '[]') as "billableMinutesPerRequest",
            coalesce(t.non_billable, 0) as "nonBillableMinutes", l.customer_id is not null as "hasLine"
       from customers c
       left join lines l on l.customer_id = c.id
       left join sla_definitions d on d.partner_id = c.partner_id and d.id = l.definition_id
       left join raised ra on ra.customer_id = c.id and ra.definition_id is not distinct from l.definition_id
       left join timed t on t.customer_id = c.id and t.definition_id is not distinct from l.definition_id
       left join covered cov on cov.customer_id = c.id
      where $3::uuid is null or c.id = $3::uuid
      order by c.name, c.id, l.definition_id is null, d.name, d.version`,
    [period.from, period.to, period.customerId ?? null],
  );
  return rows;
}
