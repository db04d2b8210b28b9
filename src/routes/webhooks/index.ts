import Type from 'typebox';
import { listAttempts, listSubscriptions } from '../../db/webhooks.js';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { Id, PageQuery, responses } from '../../schemas/common.js';
import { redelivery } from '../../schemas/examples.js';
import { IdParams } from '../../schemas/shared.js';
import {
  CreatedWebhookSubscription,
  NewWebhookSubscription,
  WebhookAttemptPage,
  WebhookSubscription,
  WebhookSubscriptionPage,
} from '../../schemas/webhooks.js';
import { redeliver, subscribe, unsubscribe, visibleSubscription } from '../../services/webhooks.js';

const tags = ['webhooks'];

export default async function webhookRoutes(app: App) {
  app.post(
    '/webhook-subscriptions',
    {
      schema: {
        operationId: 'createWebhookSubscription',
        tags,
        summary: 'Subscribe a URL to events; deliveries are signed per Standard Webhooks 1.0',
        body: NewWebhookSubscription,
        response: responses({ 201: CreatedWebhookSubscription }),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request, reply) => {
      const subscription = await request.inTenant((tx) => subscribe(tx, ctxOf(request), request.body));
      return reply.code(201).header('location', `/v1/webhook-subscriptions/${subscription.id}`).send(subscription);
    },
  );

  app.get(
    '/webhook-subscriptions',
    {
      schema: {
        operationId: 'listWebhookSubscriptions',
        tags,
        summary: 'Webhook subscriptions, oldest first (never their secrets)',
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: WebhookSubscriptionPage }),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request) =>
      request.inTenant((tx) =>
        paginate(
          request,
          tx,
          'webhook-subscriptions',
          (after, limit) => listSubscriptions(tx, after, limit),
          (s) => [s.createdAt, s.id],
        ),
      ),
  );

  app.get(
    '/webhook-subscriptions/:id',
    {
      schema: {
        operationId: 'getWebhookSubscription',
        tags,
        summary: 'One webhook subscription, with its health',
        params: IdParams,
        response: responses({ 200: WebhookSubscription }, 404),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request) => request.inTenant((tx) => visibleSubscription(tx, request.params.id)),
  );

  app.delete(
    '/webhook-subscriptions/:id',
    {
      schema: {
        operationId: 'deleteWebhookSubscription',
        tags,
        summary: 'Delete a subscription and its delivery history; nothing more is sent to it',
        params: IdParams,
        response: responses({ 204: Type.Null({ description: 'deleted' }) }, 404),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request, reply) => {
      await request.inTenant((tx) => unsubscribe(tx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/webhook-subscriptions/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: "The subscription's delivery attempts, newest first, with status codes and errors",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: WebhookAttemptPage }, 404),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const subscription = await visibleSubscription(tx, request.params.id);
        return paginate(
          request,
          tx,
          `webhook-attempts:${subscription.id}`,
          (after, limit) => listAttempts(tx, subscription.id, after, limit),
          (attempt) => [attempt.attemptedAt, attempt.id],
        );
      }),
  );

  app.post(
    '/webhook-subscriptions/:id/deliveries/:deliveryId/redeliver',
    {
      schema: {
        operationId: 'redeliverWebhook',
        tags,
        summary: 'Send a delivery again now (same event, same webhook-id), with a fresh 24 h of retries',
        params: Type.Object({ id: Id("the subscription's id"), deliveryId: Id('the delivery to send again') }),
        response: responses(
          {
            202: Type.Object(
              {
                deliveryId: Id('the delivery, queued again'),
                state: Type.Literal('pending', { description: 'queued: the attempts show how it goes' }),
              },
              { examples: [redelivery] },
            ),
          },
          404,
        ),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request, reply) => {
      const { id, deliveryId } = request.params;
      await request.inTenant((tx) => redeliver(tx, ctxOf(request), id, deliveryId));
      return reply.code(202).send({ deliveryId, state: 'pending' as const });
    },
  );
}
