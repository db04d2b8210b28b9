import type { MinutesUsed, SlaTrackingStatus } from '../domain/slaTracking.js';
import type {
  Category,
  Cause,
  Ownership,
  ProductType,
  RequestChannel,
  RequestState,
  Severity,
} from '../domain/supportRequests.js';
import type { Static } from 'typebox';
import type { HealthCheck } from '../schemas/support-requests.js';
import { parseExternalRef, type ExternalRef, type Metadata } from '../domain/integrations.js';
import type { Keyset } from './lists.js';
import { assignments, boundConditions } from './lists.js';
import { eventInsert, type Actor, type NewEvent } from './events.js';
import { prepared, type Client } from './pool.js';
import { lastStatement } from './tenant.js';

export interface Requester {
  name: string;
  email: string;
  phone?: string | null;
}

export type StoredHealthCheck = Static<typeof HealthCheck>;

/** A support request as stored: one field per column. The wire shape is built from it (presentRequest). */
export interface RequestRecord {
  id: string;
  number: number;
  customerId: string;
  title: string;
  description: string;
  category: Category;
  productName: string;
  productType: ProductType;
  productService: string;
  severity: Severity;
  channel: RequestChannel;
  requester: Requester;
  state: RequestState;
  assigneeId: string | null;
  diagnosisCause: Cause | null;
  diagnosisOwnership: Ownership | null;
  diagnosisSummary: string | null;
  diagnosedAt: string | null;
  healthCheck: StoredHealthCheck | null;
  resolutionCode: string | null;
  resolutionSummary: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  /** The SLA in force, with its targets and due instants; all null for a request received uncovered (R6). */
  slaDefinitionId: string | null;
  slaDefinitionVersion: number | null;
  firstResponseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  pausedMinutes: number;
  pausedAt: string | null;
  firstResponseDueAt: string | null;
  firstResponseAtRiskAt: string | null;
  firstRespondedAt: string | null;
  resolutionDueAt: string | null;
  resolutionAtRiskAt: string | null;
  slaAlerts: string[];
  nextTimerAt: string | null;
  externalRefs: ExternalRef[];
  tags: string[];
  metadata: Metadata;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type StoredRequest = RequestRecord & { slaStatus: SlaTrackingStatus | null };

/** Field → `column::cast`; code, never input. */
const columns: Record<Exclude<keyof RequestRecord, 'version' | 'createdAt' | 'updatedAt' | 'id' | 'number'>, string> = {
  customerId: 'customer_id::uuid',
  title: 'title::text',
  description: 'description::text',
  category: 'category::text',
  productName: 'product_name::text',
  productType: 'product_type::text',
  productService: 'product_service::text',
  severity: 'severity::text',
  channel: 'channel::text',
  requester: 'requester::jsonb',
  state: 'state::text',
  assigneeId: 'assignee_id::uuid',
  diagnosisCause: 'diagnosis_cause::text',
  diagnosisOwnership: 'diagnosis_ownership::text',
  diagnosisSummary: 'diagnosis_summary::text',
  diagnosedAt: 'diagnosed_at::timestamptz',
  healthCheck: 'health_check::jsonb',
  resolutionCode: 'resolution_code::text',
  resolutionSummary: 'resolution_summary::text',
  resolvedAt: 'resolved_at::timestamptz',
  closedAt: 'closed_at::timestamptz',
  slaDefinitionId: 'sla_definition_id::uuid',
  slaDefinitionVersion: 'sla_definition_version::int',
  firstResponseTargetMinutes: 'first_response_target_minutes::int',
  resolutionTargetMinutes: 'resolution_target_minutes::int',
  pausedMinutes: 'paused_minutes::float8',
  pausedAt: 'paused_at::timestamptz',
  firstResponseDueAt: 'first_response_due_at::timestamptz',
  firstResponseAtRiskAt: 'first_response_at_risk_at::timestamptz',
  firstRespondedAt: 'first_responded_at::timestamptz',
  resolutionDueAt: 'resolution_due_at::timestamptz',
  resolutionAtRiskAt: 'resolution_at_risk_at::timestamptz',
  slaAlerts: 'sla_alerts::text[]',
  nextTimerAt: 'next_timer_at::timestamptz',
  externalRefs: 'external_refs::jsonb',
  tags: 'tags::text[]',
  metadata: 'metadata::jsonb',
};

/** What a change may write: the record's fields, and the minutes used, which only the reports read. */
export type RequestChanges = Partial<RequestRecord & MinutesUsed>;

const changeColumns: Record<keyof typeof columns | keyof MinutesUsed, string> = {
  ...columns,
  firstResponseMinutesUsed: 'first_response_minutes_used::float8',
  resolutionMinutesUsed: 'resolution_minutes_used::float8',
};

/**
 * The SQL that judges the SLA of the request `alias` at `at` (sla_status, migration 025), given the
 * columns it reads: passing the row instead costs the planner 0.4 ms a statement.
 */
export const slaStatusOf = (alias: string, at: string) =>
  `sla_status(${[
    'state',
    'sla_definition_id',
    'first_response_due_at',
    'first_response_at_risk_at',
    'first_responded_at',
    'resolution_due_at',
    'resolution_at_risk_at',
    'resolved_at',
    'closed_at',
    'paused_at',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ')}, ${at})`;

const selectList = [
  'r.id',
  'r.number',
  ...Object.entries(columns).map(([field, column]) => `r.${column.split('::')[0]} as "${field}"`),
  'r.version',
  'r.created_at as "createdAt"',
  'r.updated_at as "updatedAt"',
  `${slaStatusOf('r', 'now()')} as "slaStatus"`,
].join(', ');

/** JSON columns are sent as text, so that pg does not read a JS array as a PostgreSQL array. */
function encode(fields: RequestChanges): Record<string, unknown> {
  return {
    ...fields,
    requester: fields.requester && JSON.stringify(fields.requester),
    healthCheck: fields.healthCheck == null ? fields.healthCheck : JSON.stringify(fields.healthCheck),
    externalRefs: fields.externalRefs && JSON.stringify(fields.externalRefs),
    metadata: fields.metadata && JSON.stringify(fields.metadata),
  };
}

export type NewRequest = Omit<RequestRecord, 'id' | 'number' | 'version' | 'createdAt' | 'updatedAt'> & {
  createdAt: string;
};

/** Requests whose timer moment has come, locked, oldest moment first (the partner's timer job). */
export async function lockDueRequests(client: Client, limit: number): Promise<StoredRequest[]> {
  const { rows } = await client.query<StoredRequest>(
    `select ${selectList} from support_requests r
      where r.next_timer_at <= now()
      order by r.next_timer_at
      limit $1::int
      for update skip locked`,
    [limit],
  );
  return rows;
}

/** The partner's earliest pending timer moment. */
export async function earliestTimer(client: Client): Promise<string | null> {
  const { rows } = await client.query<{ at: string | null }>(`select min(next_timer_at) as at from support_requests`);
  return rows[0]!.at;
}

/** What intake decided on: the customer's version and the published definition covering it. */
export interface IntakeBasis {
  customerVersion: number;
  coveringDefinitionId: string | null;
}

/**
 * Inserts a request and, in the same statement, its `support_request.created` event, provided
 * `intake` still holds: the customer has that version and is covered by that definition (whose
 * terms never change once published). Otherwise intake_changed() fails the statement as a
 * serialization failure, which the caller's transaction retries. Intake is the hottest write, so
 * this is its one round trip.
 */
export async function insertRequest(
  client: Client,
  request: NewRequest,
  actor: Actor,
  intake: IntakeBasis,
  { last = false }: Pick<ChangeOptions, 'last'> = {},
): Promise<StoredRequest> {
  const { createdAt, ...fields } = request;
  const set = assignments(encode(fields), columns, 6);
  const statement = {
    ...prepared(
      `with inserted as (
         insert into support_requests as r (partner_id, number, created_at, updated_at, ${set.names.join(', ')})
         select app_partner_id(), next_request_number(), $1::timestamptz, $1::timestamptz, ${set.placeholders.join(', ')}
          where coalesce((select true from customers_with_coverage c
                           where c.id = $3::uuid and c.version = $4::int
                             and c.covering_definition_id is not distinct from $5::uuid), intake_changed())
         returning ${selectList}
       ), created as (
         insert into events (type, subject_type, subject_id, actor, data, customer_visible)
         select 'support_request.created', 'support_request', id, $2::jsonb,
                jsonb_build_object('number', number, 'title', title, 'severity', severity, 'category', category, 'customerId', "customerId",
                                   'externalRefs', "externalRefs"),
                true
           from inserted
       )
       select * from inserted`,
    ),
    values: [
      createdAt,
      JSON.stringify(actor),
      fields.customerId,
      intake.customerVersion,
      intake.coveringDefinitionId,
      ...set.values,
    ],
  };
  const { rows } = await (last
    ? lastStatement<StoredRequest>(client, statement)
    : client.query<StoredRequest>(statement));
  return rows[0]!;
}

export async function findRequest(client: Client, id: string): Promise<StoredRequest | undefined> {
  const { rows } = await client.query<StoredRequest>({
    ...prepared(`select ${selectList} from support_requests r where r.id = $1::uuid`),
    values: [id],
  });
  return rows[0];
}

/** The request, locked for the rest of the transaction (every change to a request starts here). */
export async function lockRequestRow(client: Client, id: string): Promise<StoredRequest | undefined> {
  const { rows } = await client.query<StoredRequest>({
    ...prepared(`select ${selectList} from support_requests r where r.id = $1::uuid for update`),
    values: [id],
  });
  return rows[0];
}

/** How a request's change is written (updateRequest). */
export interface ChangeOptions {
  /** Recorded by the same statement, one round trip fewer (a transition's state_changed); it may not depend on the result. */
  event?: NewEvent | undefined;
  /**
   * The changed fields are the caller's input (a PATCH: any subset of seven), so the statement is
   * planned for this call. Otherwise it is prepared: its text depends only on which fields change,
   * each flow changes a fixed set of them, and planning the update (its row-level security, the
   * event's insert, the returned status) cost PostgreSQL a quarter of a transition. Prepared, a
   * PATCH would leave a connection with a plan for each subset it meets, up to 128 (one update's
   * text cached about 190 kB, the plans of the triggers it fired included).
   */
  fieldsFromInput?: boolean;
  /** The transaction's last statement: its commit leaves with it (lastStatement). */
  last?: boolean;
}

/** Applies `changes` and bumps the version; the caller holds the row lock (lockRequestRow). */
export async function updateRequest(
  client: Client,
  id: string,
  changes: RequestChanges,
  { event, fieldsFromInput = false, last = false }: ChangeOptions = {},
): Promise<StoredRequest> {
  const set = assignments(encode(changes), changeColumns, 2);
  const values = [id, ...set.values];
  const update = `update support_requests as r set ${[...set.set, 'version = version + 1', 'updated_at = now()'].join(', ')}
      where r.id = $1::uuid
      returning ${selectList}`;
  let text = update;
  if (event) {
    const recorded = eventInsert(event, values.length + 1);
    // The update is the statement itself and the insert its data-modifying CTE: wrapped the other
    // way round, PostgreSQL would build and fill a CTE scan and a second projection of every
    // column it returns (a transition: about 2 % of its CPU in PostgreSQL).
    text = `with recorded as (${recorded.text}) ${update}`;
    values.push(...recorded.values);
  }
  const statement = fieldsFromInput ? { text, values } : { ...prepared(text), values };
  const { rows } = await (last
    ? lastStatement<StoredRequest>(client, statement)
    : client.query<StoredRequest>(statement));
  return rows[0]!;
}

export interface RequestFilter {
  /** Any of these states (a customer's in_progress means escalated too, R9). */
  states?: RequestState[];
  customerId?: string;
  severity?: Severity;
  category?: Category;
  slaStatus?: SlaTrackingStatus;
  assigneeId?: string;
  updatedSince?: string;
  /** `system:id` */
  externalRef?: string;
  /** Requests carrying every one of these tags. */
  tag?: string[];
  /** Words, in French or English, found in the title, the description or a note the caller may read. */
  q?: string;
}

/**
 * Where a search looks (listVisibleRequests): only the requests `among` those the search copies
 * lead to (searchCandidates, newestMatches); null: everywhere.
 */
export type SearchBound = { among: string[] } | null;

/**
 * Newest first (by number), each filter served by its own index (migrations/004). The partner is
 * also stated as a value (row-level security already applies it) so that the planner estimates
 * with the partner's real share of the table and keeps to the index.
 */
export async function listRequests(
  client: Client,
  partnerId: string,
  filter: RequestFilter,
  after: Keyset | undefined,
  limit: number,
  bound: SearchBound = null,
): Promise<StoredRequest[]> {
  const ref = filter.externalRef === undefined ? undefined : parseExternalRef(filter.externalRef);
  const values: unknown[] = [partnerId, limit];
  // Each condition present is an index condition or a filter; the absent ones are not written.
  const { bind, when } = boundConditions(values);
  const conditions = [
    ...when(after?.[0], (number) => `r.number < ${bind(number, 'bigint')}`),
    // One state is compared as a value: with `= any(array)` the planner walks the partner's
    // newest-first index and filters, reading every newer row in another state (35,000 new
    // requests made a page of in_progress ones 30 times dearer); with `=` it reads
    // support_requests_state.
    ...when(filter.states, (states) =>
      states.length === 1 ? `r.state = ${bind(states[0], 'text')}` : `r.state = any(${bind(states, 'text[]')})`,
    ),
    ...when(filter.customerId, (id) => `r.customer_id = ${bind(id, 'uuid')}`),
    ...when(filter.severity, (severity) => `r.severity = ${bind(severity, 'text')}`),
    ...when(filter.category, (category) => `r.category = ${bind(category, 'text')}`),
    ...when(filter.assigneeId, (id) => `r.assignee_id = ${bind(id, 'uuid')}`),
    ...when(filter.updatedSince, (since) => `r.updated_at >= ${bind(since, 'timestamptz')}`),
    ...when(filter.slaStatus, (status) => `${slaStatusOf('r', 'now()')} = ${bind(status, 'text')}`),
    ...when(
      ref,
      ({ system, id }) =>
        `r.id = (select resource_id from external_refs where resource_type = 'support_request'
                  and system = ${bind(system, 'text')} and external_id = ${bind(id, 'text')})`,
    ),
    ...when(filter.tag, (tags) => `r.tags @> ${bind(tags, 'text[]')}`),
    ...when(bound?.among, (ids) => `r.id = any(${bind(ids, 'uuid[]')})`),
    // The words are tested on the rows as the caller reads them: a note counts when the notes'
    // row-level security shows it (a customer user: public notes only, R9). Row-level security
    // keeps the planner from any GIN index for @@ (not leakproof): the words come with the
    // requests the search copies lead to (bound.among, read by primary key), or the list walks
    // them all newest first. The notes of each row are probed through request_notes_request by
    // a scalar subquery, which the planner cannot turn into a hash of every note of the partner,
    // as it does an EXISTS.
    ...when(filter.q, (q) => {
      const words = `search_query(${bind(q, 'text')})`;
      return `(r.search @@ ${words} or (select true from request_notes n
                                          where n.request_id = r.id and n.search @@ ${words} limit 1))`;
    }),
  ];
  const text = `select ${selectList} from support_requests r
      where ${['r.partner_id = $1::uuid', ...conditions].join(' and ')}
      order by r.number desc
      limit $2::int`;
  // Planning this list costs PostgreSQL more than running it (0.6 ms against 0.1 for a page by
  // state). With at most one filter that has an index of its own in number order (and the
  // cursor), that index is the plan whatever the values, so the statement is prepared and
  // PostgreSQL's generic plan spares the planning. So is a search among the requests its search
  // copies lead to: it reads them by primary key, whatever its other filters. Any other list is
  // planned for its values: a generic plan, blind to them, could walk the partner's newest
  // requests for a recent updatedSince, or read the wrong index of two filters.
  const ordered = [filter.states?.length === 1, filter.customerId, filter.severity, filter.category, filter.assigneeId];
  const others = [filter.states && filter.states.length > 1, filter.updatedSince, filter.slaStatus, ref, filter.tag];
  const plannedOnce =
    bound !== null || (ordered.filter(Boolean).length <= 1 && !others.some(Boolean) && filter.q === undefined);
  const { rows } = await client.query<StoredRequest>(plannedOnce ? { ...prepared(text), values } : { text, values });
  return rows;
}

/** Open requests received with no SLA definition covering them (R6 compliance): how many, and the newest `sample`. */
export async function uncoveredRequests(
  client: Client,
  sample: number,
): Promise<{ count: number; requests: { id: string; number: number; customerId: string }[] }> {
  const { rows } = await client.query<{
    count: number;
    requests: { id: string; number: number; customerId: string }[];
  }>(
    `select count(*)::int as count,
            coalesce((json_agg(json_build_object('id', id, 'number', number, 'customerId', customer_id) order by number desc)
                      filter (where true)), '[]') as requests
       from (select id, number, customer_id from support_requests
              where sla_definition_id is null and state not in ('closed', 'cancelled')
              order by number desc) open_uncovered`,
  );
  const { count, requests } = rows[0]!;
  return { count, requests: requests.slice(0, sample) };
}

/**
 * A page of the requests changed since `since`, in (updated_at, id) order strictly after `after`
 * (the export reads them page by page, each in its own short transaction). Read from
 * support_requests_updated_id; the partner is stated as a value for the planner (see listRequests).
 */
export async function listRequestsUpdated(
  client: Client,
  partnerId: string,
  since: string | undefined,
  after: Keyset | undefined,
  limit: number,
): Promise<StoredRequest[]> {
  const { rows } = await client.query<StoredRequest>(
    `select ${selectList} from support_requests r
      where r.partner_id = $1::uuid
        and ($2::timestamptz is null or r.updated_at >= $2::timestamptz)
        and ($3::timestamptz is null or (r.updated_at, r.id) > ($3::timestamptz, $4::uuid))
      order by r.updated_at, r.id
      limit $5::int`,
    [partnerId, since ?? null, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}
