import { createHmac, randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { findEvent, recordEvent, type EventRow } from '../db/events.js';
import type { Pool } from '../db/pool.js';
import { withTenant } from '../db/tenant.js';
import { scheduleJob } from '../db/jobs.js';
import {
  disableSubscription,
  findPendingDelivery,
  lockDelivery,
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

const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96') as [ipaddr.IPv6, number];

/** The IPv4 address an IPv6 form carries (mapped, translated, compatible, NAT64, 6to4), if any. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const parts = address.parts;
  const ipv4 = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return ipv4(parts[6]!, parts[7]!);
    case 'rfc6052': // NAT64: only the well-known 64:ff9b::/96 carries the address in its last 32 bits
      return address.match(NAT64_WELL_KNOWN) ? ipv4(parts[6]!, parts[7]!) : undefined;
    case '6to4': // 2002:aabb:ccdd::/48
      return ipv4(parts[1]!, parts[2]!);
  }
  // IPv4-compatible (::a.b.c.d, deprecated), which ipaddr.js counts as unicast.
  return parts.slice(0, 6).every((part) => part === 0) ? ipv4(parts[6]!, parts[7]!) : undefined;
}

/** Whether the address is globally routable unicast, once any IPv4 address it wraps is unwrapped. */
export function isGloballyRoutable(address: string): boolean {
  const parsed = ipaddr.parse(address);
  const target = parsed.kind() === 'ipv6' ? (embeddedIPv4(parsed as ipaddr.IPv6) ?? parsed) : parsed;
  return target.range() === 'unicast';
}

/** The addresses a host name has now; empty when it does not resolve. */
export type Resolve = (host: string) => Promise<string[]>;
const systemResolve: Resolve = (host) =>
  lookup(host, { all: true, verbatim: true }).then(
    (found) => found.map((entry) => entry.address),
    () => [],
  );

/** A target that passed the checks, and the address the delivery connects to. */
export interface CheckedTarget {
  url: URL;
  address: string;
}

/**
 * The target and the address to deliver to, or why it may not receive webhooks. Only globally
 * routable unicast addresses are accepted (the others would let a tenant reach the deployment's
 * own network), every address the name has now must be one, and a name that does not resolve is
 * refused. Checked at subscription and again at every delivery, which then connects to the
 * address checked here (see post), so a name that changes its answer (DNS rebinding) cannot
 * redirect it.
 */
export async function checkTarget(
  url: string,
  allowPrivate: boolean,
  resolve: Resolve = systemResolve,
): Promise<{ target: CheckedTarget } | { refused: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { refused: 'is not a URL a request can be sent to' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { refused: 'only http and https URLs receive webhooks' };
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (addresses.length === 0) return { refused: `the name ${host} does not resolve` };
  if (!allowPrivate && !addresses.every(isGloballyRoutable)) {
    return { refused: 'only globally routable unicast addresses receive webhooks' };
  }
  return { target: { url: parsed, address: addresses[0]! } };
}

/** Why a target may not receive webhooks, or undefined (see checkTarget). */
export async function refusedTarget(url: string, allowPrivate: boolean): Promise<string | undefined> {
  const checked = await checkTarget(url, allowPrivate);
  return 'refused' in checked ? checked.refused : undefined;
}

/**
 * POSTs `body` to the target, connected to its checked address (the URL's name still goes in the
 * Host header and TLS server name); resolves with the receiver's status. No redirect is followed.
 */
export function post(target: CheckedTarget, headers: Record<string, string>, body: string): Promise<number> {
  const family = isIP(target.address);
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family }]);
    else callback(null, target.address, family);
  };
  return new Promise((resolve, reject) => {
    const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned,
        agent: false,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      },
      (response) => {
        response.resume();
        resolve(response.statusCode!);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
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
    // A subscription deleted during the attempt took its deliveries with it: nothing is left to record.
    if (!(await lockDelivery(client, delivery.id))) return;
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
    const checked = await checkTarget(delivery.url, allowPrivateTargets);
    if ('refused' in checked) throw new Error(checked.refused);
    statusCode = await post(
      checked.target,
      {
        'content-type': 'application/json',
        'user-agent': 'partnerdesk-webhooks/1',
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': sign(delivery.secret, event.id, timestamp, body),
      },
      body,
    );
    if (statusCode < 200 || statusCode >= 300) error = `the receiver answered ${statusCode}`;
  } catch (failure) {
    error = ['TimeoutError', 'AbortError'].includes((failure as Error).name)
      ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
      : (failure as Error).message;
  }
  return { statusCode, error, durationMs: Date.now() - started };
}
