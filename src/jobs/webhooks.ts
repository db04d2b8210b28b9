import { createHmac, randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { findEvent, recordEvent, type EventRow } from '../db/events.js';
import type { Pool } from '../db/pool.js';
import { withTenant } from '../db/tenant.js';
import { scheduleJob } from '../db/jobs.js';
import {
  disableSubscription,
  findPendingDelivery,
  markSubscriptionHealth,
  recordAttempt,
  settleDelivery,
  type DueDelivery,
} from '../db/webhooks.js';

export const ATTEMPT_TIMEOUT_MS = 5_000;
const DAY_MS = 86_400_000;

/** A new Standard Webhooks signing secret: `whsec_` + base64 of 24 random bytes. */
export const newSigningSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** Standard Webhooks 1.0: `v1,` + base64 HMAC-SHA256 of `<id>.<timestamp>.<body>` with the secret's key. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** Exponential backoff with full jitter: about base × 2^(attempt − 1), at most an hour. */
export function retryDelayMs(attempt: number, baseSeconds: number, random = Math.random): number {
  const ceiling = Math.min(baseSeconds * 1000 * 2 ** (attempt - 1), 3_600_000);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::1', 128],
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6');
}

const isPrivateAddress = (address: string) => privateRanges.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * Why a target may not receive webhooks, or undefined. Loopback, private and link-local
 * addresses are refused (they would let a tenant reach the deployment's own network), checked on
 * the name as it resolves now, at subscription and again at every delivery.
 */
export async function refusedTarget(url: string, allowPrivate: boolean): Promise<string | undefined> {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return 'only http and https URLs receive webhooks';
  if (allowPrivate) return undefined;
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((a) => a.address),
        () => [],
      );
  if (host === 'localhost' || addresses.some(isPrivateAddress))
    return 'private and loopback addresses do not receive webhooks';
  return undefined;
}

export interface DeliverySettings {
  allowPrivateTargets: boolean;
  retryBaseSeconds: number;
}

/**
 * The deliver_webhook task: one attempt at one delivery. No transaction stays open while the
 * receiver answers (an open transaction would hold back the event feed); a crash in between
 * leaves the delivery pending and its job is run again (see free_stale_jobs), so a delivery is
 * sent at least once, always with the event id as `webhook-id`.
 */
export async function deliverWebhook(
  pool: Pool,
  settings: DeliverySettings,
  payload: { partnerId: string; deliveryId: string },
): Promise<void> {
  const pending = await withTenant(pool, payload.partnerId, async (client) => {
    const delivery = await findPendingDelivery(client, payload.deliveryId);
    return delivery && { delivery, event: (await findEvent(client, delivery.eventPosition))! };
  });
  if (!pending) return;
  const { delivery, event } = pending;
  const { statusCode, error, durationMs } = delivery.disabled
    ? { statusCode: null, error: 'the subscription is disabled', durationMs: 0 }
    : await attempt(delivery, event, settings.allowPrivateTargets);
  await withTenant(pool, payload.partnerId, async (client) => {
    if (delivery.disabled) {
      await settleDelivery(client, delivery.id, { state: 'failed', statusCode, error });
      return;
    }
    await recordAttempt(client, { deliveryId: delivery.id, statusCode, error, durationMs });
    await markSubscriptionHealth(client, delivery.subscriptionId, error === null);
    if (error === null) {
      await settleDelivery(client, delivery.id, { state: 'delivered', statusCode, error });
      return;
    }
    const nextAttemptAt = new Date(Date.now() + retryDelayMs(delivery.attempts + 1, settings.retryBaseSeconds));
    if (nextAttemptAt.getTime() > Date.parse(delivery.retryUntil)) {
      await settleDelivery(client, delivery.id, { state: 'failed', statusCode, error });
    } else if (
      await settleDelivery(client, delivery.id, {
        state: 'pending',
        statusCode,
        error,
        nextAttemptAt: nextAttemptAt.toISOString(),
      })
    ) {
      await scheduleJob(
        client,
        'deliver_webhook',
        { deliveryId: delivery.id },
        nextAttemptAt.toISOString(),
        `webhook:${delivery.id}`,
      );
    }
    const failingSince = delivery.failingSince ?? new Date().toISOString();
    if (Date.now() - Date.parse(failingSince) >= DAY_MS) {
      const reason = `every delivery failed for 24 hours (last: ${error})`;
      await disableSubscription(client, delivery.subscriptionId, reason);
      await recordEvent(client, {
        type: 'webhook_subscription.disabled',
        subject: { type: 'webhook_subscription', id: delivery.subscriptionId },
        actor: { kind: 'system' },
        data: { url: delivery.url, reason, failingSince },
      });
    }
  });
}

/** One signed POST of the event to the subscription's URL. */
async function attempt(delivery: DueDelivery, event: EventRow, allowPrivateTargets: boolean) {
  const { position: _position, ...wire } = event;
  const body = JSON.stringify(wire);
  const timestamp = Math.floor(Date.now() / 1000);
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const refused = await refusedTarget(delivery.url, allowPrivateTargets);
    if (refused) throw new Error(refused);
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'partnerdesk-webhooks/1',
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': sign(delivery.secret, event.id, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    statusCode = response.status;
    await response.body?.cancel();
    if (statusCode < 200 || statusCode >= 300) error = `the receiver answered ${statusCode}`;
  } catch (failure) {
    error =
      (failure as Error).name === 'TimeoutError'
        ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
        : (failure as Error).message;
  }
  return { statusCode, error, durationMs: Date.now() - started };
}
