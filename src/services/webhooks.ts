import type { Static } from 'typebox';
import { scheduleJob } from '../db/jobs.js';
import { deleteSubscription, findSubscription, insertSubscription, requeueDelivery } from '../db/webhooks.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import { newSigningSecret, refusedTarget } from '../jobs/webhooks.js';
import type { NewWebhookSubscription } from '../schemas/webhooks.js';
import type { CallerContext, Context, Tx } from './context.js';

/** Webhook subscriptions: subscribing (the signing secret is returned this once), deleting, redelivering. */

export async function subscribe(tx: Tx, ctx: CallerContext, input: Static<typeof NewWebhookSubscription>) {
  const refused = await refusedTarget(input.url, ctx.settings.webhookAllowPrivateTargets);
  if (refused) throw invalidFields([{ path: '/url', message: refused }]);
  const secret = newSigningSecret();
  const subscription = await insertSubscription(tx, {
    url: input.url,
    description: input.description ?? null,
    eventTypes: input.eventTypes ?? [],
    secret,
  });
  return { ...subscription, secret };
}

export async function visibleSubscription(tx: Tx, id: string) {
  const subscription = await findSubscription(tx, id);
  if (!subscription) throw new ProblemError('not-found', 'No such webhook subscription.');
  return subscription;
}

export async function unsubscribe(tx: Tx, id: string): Promise<void> {
  if (!(await deleteSubscription(tx, id))) throw new ProblemError('not-found', 'No such webhook subscription.');
}

/** Sends a delivery again now (same event, same webhook-id), with a fresh 24 h of retries. */
export async function redeliver(tx: Tx, ctx: Context, subscriptionId: string, deliveryId: string): Promise<void> {
  if (!(await requeueDelivery(tx, subscriptionId, deliveryId)))
    throw new ProblemError('not-found', 'No such delivery for this subscription.');
  await scheduleJob(tx, 'deliver_webhook', { deliveryId }, ctx.now.toISOString(), `webhook:${deliveryId}`);
}
