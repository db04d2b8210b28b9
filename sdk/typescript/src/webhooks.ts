import { Webhook } from 'standardwebhooks';
import type { Event } from './lists.js';

export type WebhookEvent = Event;

/**
 * Checks a delivery's Standard Webhooks signature (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`, with a 5-minute tolerance) against the subscription's `whsec_…` secret and
 * returns the event. Pass the body exactly as received, before any JSON parsing.
 * Throws standardwebhooks' `WebhookVerificationError` when the delivery is not authentic.
 */
export function verifyWebhook(
  secret: string,
  body: string,
  headers: Headers | Record<string, string | string[] | undefined>,
): WebhookEvent {
  const flat: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return new Webhook(secret).verify(body, flat) as WebhookEvent;
}

export { WebhookVerificationError } from 'standardwebhooks';
