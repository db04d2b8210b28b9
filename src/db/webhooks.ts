import type { EventType } from '../domain/eventTypes.js';
import type { Keyset } from './lists.js';
import { listInCreationOrder } from './lists.js';
import type { Client } from './pool.js';

export interface SubscriptionRow {
  id: string;
  url: string;
  description: string | null;
  eventTypes: EventType[];
  failingSince: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  createdAt: string;
}

const subscriptionColumns = `
  id, url, description, event_types as "eventTypes", failing_since as "failingSince", disabled_at as "disabledAt",
  disabled_reason as "disabledReason", created_at as "createdAt"`;

export async function insertSubscription(
  client: Client,
  subscription: { url: string; description: string | null; eventTypes: EventType[]; secret: string },
): Promise<SubscriptionRow> {
  const { rows } = await client.query<SubscriptionRow>(
    `insert into webhook_subscriptions (partner_id, url, description, event_types, secret)
     values (app_partner_id(), $1::text, $2::text, $3::text[], $4::text)
     returning ${subscriptionColumns}`,
    [subscription.url, subscription.description, subscription.eventTypes, subscription.secret],
  );
  return rows[0]!;
}

export async function findSubscription(client: Client, id: string): Promise<SubscriptionRow | undefined> {
  const { rows } = await client.query<SubscriptionRow>(
    `select ${subscriptionColumns} from webhook_subscriptions where id = $1::uuid`,
    [id],
  );
  return rows[0];
}

export function listSubscriptions(
  client: Client,
  after: Keyset | undefined,
  limit: number,
): Promise<SubscriptionRow[]> {
  return listInCreationOrder<SubscriptionRow>(
    client,
    { from: 'webhook_subscriptions', columns: subscriptionColumns },
    after,
    limit,
  );
}

export async function deleteSubscription(client: Client, id: string): Promise<boolean> {
  const { rowCount } = await client.query('delete from webhook_subscriptions where id = $1::uuid', [id]);
  return rowCount === 1;
}

export interface AttemptRow {
  id: string;
  deliveryId: string;
  eventId: string;
  eventType: string;
  deliveryState: 'pending' | 'delivered' | 'failed';
  attemptedAt: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** The attempts of a subscription's deliveries, newest first. */
export async function listAttempts(
  client: Client,
  subscriptionId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<AttemptRow[]> {
  const { rows } = await client.query<AttemptRow>(
    `select a.id, a.delivery_id as "deliveryId", d.event_id as "eventId", d.event_type as "eventType", d.state as "deliveryState",
            a.attempted_at as "attemptedAt", a.status_code as "statusCode", a.error, a.duration_ms as "durationMs"
       from webhook_attempts a join webhook_deliveries d on d.id = a.delivery_id
      where d.subscription_id = $1::uuid
        and ($2::timestamptz is null or (a.attempted_at, a.id) < ($2::timestamptz, $3::uuid))
      order by a.attempted_at desc, a.id desc
      limit $4::int`,
    [subscriptionId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}

/** What a delivery job needs; undefined when the delivery is done. */
export interface DueDelivery {
  id: string;
  subscriptionId: string;
  url: string;
  secret: string;
  eventId: string;
  eventPosition: number;
  attempts: number;
  retryUntil: string;
  failingSince: string | null;
  disabled: boolean;
}

/** Locks a delivery for the rest of the transaction; false when it no longer exists (its subscription was deleted). */
export async function lockDelivery(client: Client, id: string): Promise<boolean> {
  const { rowCount } = await client.query('select 1 from webhook_deliveries where id = $1::uuid for update', [id]);
  return rowCount === 1;
}

export async function findPendingDelivery(client: Client, id: string): Promise<DueDelivery | undefined> {
  const { rows } = await client.query<DueDelivery>(
    `select d.id, d.subscription_id as "subscriptionId", s.url, s.secret, d.event_id as "eventId", d.event_position as "eventPosition",
            d.attempts, d.retry_until as "retryUntil", s.failing_since as "failingSince", s.disabled_at is not null as disabled
       from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
      where d.id = $1::uuid and d.state = 'pending'`,
    [id],
  );
  return rows[0];
}

export async function recordAttempt(
  client: Client,
  attempt: { deliveryId: string; statusCode: number | null; error: string | null; durationMs: number },
): Promise<void> {
  await client.query(
    `insert into webhook_attempts (partner_id, delivery_id, status_code, error, duration_ms)
     values (app_partner_id(), $1::uuid, $2::int, $3::text, $4::int)`,
    [attempt.deliveryId, attempt.statusCode, attempt.error, attempt.durationMs],
  );
}

/** Records the outcome of an attempt; false when the delivery was settled meanwhile. */
export async function settleDelivery(
  client: Client,
  id: string,
  outcome: {
    state: 'pending' | 'delivered' | 'failed';
    statusCode: number | null;
    error: string | null;
    nextAttemptAt?: string;
  },
): Promise<boolean> {
  const { rowCount } = await client.query(
    `update webhook_deliveries
        set state = $2::text, attempts = attempts + 1, last_status_code = $3::int, last_error = $4::text,
            next_attempt_at = coalesce($5::timestamptz, next_attempt_at),
            delivered_at = case when $2::text = 'delivered' then now() end
      where id = $1::uuid and state = 'pending'`,
    [id, outcome.state, outcome.statusCode, outcome.error, outcome.nextAttemptAt ?? null],
  );
  return rowCount === 1;
}

/** Marks the subscription healthy, or failing since now if it was not already. */
export async function markSubscriptionHealth(client: Client, id: string, healthy: boolean): Promise<void> {
  await client.query(
    `update webhook_subscriptions set failing_since = case when $2::boolean then null else coalesce(failing_since, now()) end
      where id = $1::uuid`,
    [id, healthy],
  );
}

export async function disableSubscription(client: Client, id: string, reason: string): Promise<void> {
  await client.query(
    `update webhook_subscriptions set disabled_at = now(), disabled_reason = $2::text where id = $1::uuid and disabled_at is null`,
    [id, reason],
  );
}

/** Puts a delivery back in the queue (redeliver); false when there is no such delivery for the subscription. */
export async function requeueDelivery(client: Client, subscriptionId: string, deliveryId: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `update webhook_deliveries set state = 'pending', next_attempt_at = now(), retry_until = now() + interval '24 hours'
      where id = $1::uuid and subscription_id = $2::uuid`,
    [deliveryId, subscriptionId],
  );
  return rowCount === 1;
}
