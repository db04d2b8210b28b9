import { boundConditions, type Keyset } from './lists.js';
import { prepared, type Client } from './pool.js';

/**
 * Who made a change: an API key (with its role), the operator, or the service itself (timers).
 * `partner` is how a customer user reads anyone but itself (R9); it is never recorded.
 */
export type Actor =
  { kind: 'api_key'; id: string; role: string } | { kind: 'operator' } | { kind: 'system' } | { kind: 'partner' };

export interface NewEvent {
  type: string;
  subject: { type: string; id: string };
  actor: Actor;
  data: Record<string, unknown>;
  /** R9: only what the customer may see is shown to customer users. */
  customerVisible?: boolean;
  /** The partner the event belongs to, when not the transaction's (an escalation answered by its provider). */
  partnerId?: string;
  /** Another partner that sees it too: the indirect provider an escalation is addressed to. */
  alsoVisibleTo?: string | null;
}

export interface EventRow {
  id: string;
  type: string;
  occurredAt: string;
  actor: Actor;
  subject: { type: string; id: string };
  data: Record<string, unknown>;
  position: number;
}

/** The event id is the feed position: the writing transaction's id, then the insert order. */
const eventId = `lpad(to_hex(txid::text::bigint), 16, '0') || lpad(to_hex(position), 16, '0')`;
const eventSubject = `json_build_object('type', subject_type, 'id', subject_id)`;

export const eventColumns = `
  ${eventId} as id, type, occurred_at as "occurredAt", actor, ${eventSubject} as subject, data, position`;

/**
 * The statement that records `event`, its values numbered from `$first`: alone (recordEvent), or
 * as part of the statement that makes the change (updateRequest).
 */
export function eventInsert(event: NewEvent, first: number): { text: string; values: unknown[] } {
  const $ = (n: number) => `$${first + n}`;
  return {
    text: `insert into events (partner_id, type, subject_type, subject_id, actor, data, customer_visible, also_visible_to)
       values (coalesce(${$(0)}::uuid, app_partner_id()), ${$(1)}::text, ${$(2)}::text, ${$(3)}::uuid, ${$(4)}::jsonb,
               ${$(5)}::jsonb, ${$(6)}::boolean, ${$(7)}::uuid)`,
    values: [
      event.partnerId ?? null,
      event.type,
      event.subject.type,
      event.subject.id,
      JSON.stringify(event.actor),
      JSON.stringify(event.data),
      event.customerVisible ?? false,
      event.alsoVisibleTo ?? null,
    ],
  };
}

/** Records a change in the transaction that makes it, so the two commit or fail together. */
export async function recordEvent(client: Client, event: NewEvent): Promise<void> {
  const { text, values } = eventInsert(event, 1);
  await client.query({ ...prepared(text), values });
}

/**
 * The history of one subject, oldest first; `customerView` keeps only what a customer may see.
 * State changes between two of `hiddenMovesWithin` are left out (moves a customer does not read as
 * moves at all).
 */
export async function listSubjectEvents(
  client: Client,
  subject: { type: string; id: string },
  customerView: boolean,
  after: Keyset | undefined,
  limit: number,
  hiddenMovesWithin: readonly string[] = [],
): Promise<EventRow[]> {
  const { rows } = await client.query<EventRow>(
    `select ${eventColumns} from events
      where subject_type = $1::text and subject_id = $2::uuid
        and ($3::bigint is null or position > $3::bigint)
        and (not $4::boolean or customer_visible)
        and not (type like '%.state_changed' and data->>'from' = any($6::text[]) and data->>'to' = any($6::text[]))
      order by position
      limit $5::int`,
    [subject.type, subject.id, after?.[0] ?? null, customerView, limit, hiddenMovesWithin],
  );
  return rows;
}

/** Event data for a change of `fields`: their values before and after. */
export function changeOf<T extends object>(
  fields: (keyof T)[],
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const pick = (from: T) => Object.fromEntries(fields.map((field) => [field, from[field]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

export async function findEvent(client: Client, position: number): Promise<EventRow | undefined> {
  const { rows } = await client.query<EventRow>(`select ${eventColumns} from events where position = $1::bigint`, [
    position,
  ]);
  return rows[0];
}

export interface FeedFilter {
  type?: string;
  subjectType?: string;
  subjectId?: string;
}

/**
 * The feed's horizon: the oldest transaction of this database that may still commit events, as
 * seen by the statement's snapshot. Transactions that were running when the snapshot was taken
 * count, unless they are known to run in another database (they cannot write our events); one
 * that ended since counts too, since nothing tells where it ran. Transactions without an id yet
 * will get one above the snapshot's xmax. So a transaction left open in another database, or a
 * long read-only report here (it takes no id), holds no follower back.
 *
 * On a hot standby (DATABASE_READ_URL) the snapshot lists no running transaction at all (the
 * primary's are kept apart, as possibly subtransactions), so there the horizon is the snapshot's
 * xmin: the oldest transaction of the primary still running, in any database.
 */
export const FEED_HORIZON = `case when pg_is_in_recovery() then pg_snapshot_xmin(pg_current_snapshot()) else coalesce(
  (select min(running) from pg_snapshot_xip(pg_current_snapshot()) running
    where not exists (
      select 1 from pg_stat_activity elsewhere
       where elsewhere.backend_xid = (running::text::bigint % 4294967296)::text::xid
         and elsewhere.datname is distinct from current_database())),
  pg_snapshot_xmax(pg_current_snapshot())) end`;

/**
 * The feed after an event id, in commit-safe order: events are ordered by the id of the
 * transaction that wrote them, then by insertion, and only events of transactions older than the
 * horizon are shown. Every transaction that could still commit has a larger id than any event
 * shown, so a follower that resumes after the last id it saw never misses one. Each event comes
 * as the JSON text stored when it was written (`rendered`, migration 026), its id included.
 */
export async function listFeed(
  client: Client,
  after: { txid: string; position: number } | undefined,
  filter: FeedFilter,
  limit: number,
): Promise<string[]> {
  // Only the conditions a call has are written, so that each combination is one fixed text, which
  // a connection prepares and plans once: planning this union cost PostgreSQL more than running it
  // (0.8 of 1.3 ms for a page of 100), and with `$n is null or …` it would be planned every call.
  const values: unknown[] = [limit];
  const { bind, when } = boundConditions(values);
  const conditions = [
    ...when(
      after,
      ({ txid, position }) => `(txid, position) > (${bind(txid, 'text')}::xid8, ${bind(position, 'bigint')})`,
    ),
    ...when(filter.type, (type) => `type = ${bind(type, 'text')}`),
    ...when(filter.subjectType, (type) => `subject_type = ${bind(type, 'text')}`),
    ...when(filter.subjectId, (id) => `subject_id = ${bind(id, 'uuid')}`),
  ];
  // The partner's own events and those it sees as an escalation's provider, each read in feed
  // order from its own index and merged, so that a page costs its size, not the feed's length.
  const branch = (audience: string) => `
    (select rendered, txid, position from events
      where ${[audience, 'txid < (select horizon from feed_horizon)', ...conditions].join(' and ')}
      order by txid, position
      limit $1::int)`;
  const { rows } = await client.query<{ rendered: string }>({
    ...prepared(
      `with feed_horizon as materialized (select ${FEED_HORIZON} as horizon)
       select rendered from (
         ${branch('partner_id = app_partner_id()')}
         union all
         ${branch('also_visible_to = app_partner_id() and partner_id <> app_partner_id()')}
       ) feed
       order by txid, position
       limit $1::int`,
    ),
    values,
  });
  return rows.map((row) => row.rendered);
}
