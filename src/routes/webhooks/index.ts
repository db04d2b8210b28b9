import Type from 'typebox';
import {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listAttempts,
  listSubscriptions,
  requeueDelivery,
} from '../../db/webhooks.js';
import { scheduleJob } from '../../db/jobs.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError } from '../../http/problem.js';
import { Page, PageQuery, responses, Uuid } from '../../schemas/common.js';
import {
  CreatedWebhookSubscription,
  NewWebhookSubscription,
  WebhookAttempt,
  WebhookSubscription,
} from '../../schemas/webhooks.js';
import { newSigningSecret, refusedTarget } from '../../jobs/webhooks.js';
import { IdParams } from '../../schemas/shared.js';

const tags = ['webhooks'];

export default async function webhookRoutes(app: App) {
  app.post(
    '/v1/webhook-subscriptions',
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
      const refused = await refusedTarget(request.body.url, app.settings.webhookAllowPrivateTargets);
      if (refused) throw invalidFields([{ path: '/url', message: refused }]);
      const secret = newSigningSecret();
      const subscription = await request.inTenant((client) =>
        insertSubscription(client, {
          url: request.body.url,
          description: request.body.description ?? null,
          eventTypes: request.body.eventTypes ?? [],
          secret,
        }),
      );
      return reply
        .code(201)
        .header('location', `/v1/webhook-subscriptions/${subscription.id}`)
        .send({ ...subscription, secret });
    },
  );

  app.get(
    '/v1/webhook-subscriptions',
    {
      schema: {
        operationId: 'listWebhookSubscriptions',
        tags,
        summary: 'Webhook subscriptions, oldest first (never their secrets)',
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(WebhookSubscription) }),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request) =>
      request.inTenant((client) =>
        paginate(
          request,
          client,
          'webhook-subscriptions',
          (after, limit) => listSubscriptions(client, after, limit),
          (s) => [s.createdAt, s.id],
        ),
      ),
  );

  app.get(
    '/v1/webhook-subscriptions/:id',
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
    async (request) => {
      const subscription = await request.inTenant((client) => findSubscription(client, request.params.id));
      if (!subscription) throw new ProblemError('not-found', 'No such webhook subscription.');
      return subscription;
    },
  );

  app.delete(
    '/v1/webhook-subscriptions/:id',
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
      const deleted = await request.inTenant((client) => deleteSubscription(client, request.params.id));
      if (!deleted) throw new ProblemError('not-found', 'No such webhook subscription.');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/webhook-subscriptions/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: "The subscription's delivery attempts, newest first, with status codes and errors",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(WebhookAttempt) }, 404),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        if (!(await findSubscription(client, request.params.id)))
          throw new ProblemError('not-found', 'No such webhook subscription.');
        return paginate(
          request,
          client,
          `webhook-attempts:${request.params.id}`,
          (after, limit) => listAttempts(client, request.params.id, after, limit),
          (attempt) => [attempt.attemptedAt, attempt.id],
        );
      }),
  );

  app.post(
    '/v1/webhook-subscriptions/:id/deliveries/:deliveryId/redeliver',
    {
      schema: {
        operationId: 'redeliverWebhook',
        tags,
        summary: 'Send a delivery again now (same event, same webhook-id), with a fresh 24 h of retries',
        params: Type.Object({ id: Uuid, deliveryId: Uuid }),
        response: responses({ 202: Type.Object({ deliveryId: Uuid, state: Type.Literal('pending') }) }, 404),
      },
      config: { access: 'webhooks:manage' },
    },
    async (request, reply) => {
      const { id, deliveryId } = request.params;
      await request.inTenant(async (client) => {
        if (!(await requeueDelivery(client, id, deliveryId)))
          throw new ProblemError('not-found', 'No such delivery for this subscription.');
        await scheduleJob(client, 'deliver_webhook', { deliveryId }, new Date().toISOString(), `webhook:${deliveryId}`);
      });
      return reply.code(202).send({ deliveryId, state: 'pending' as const });
    },
  );
}
