import Type from 'typebox';
import { At, CreatedAt, Id, Nullable, Page, Timestamp, component } from './common.js';
import * as ex from './examples.js';
import { EventType } from './vocabularies.js';

const subscriptionProperties = {
  id: Id("the subscription's id"),
  url: Type.String({ description: 'where events are POSTed' }),
  description: Nullable(Type.String(), { description: 'what the subscription is for' }),
  eventTypes: Type.Array(EventType, { description: 'empty: every event' }),
  failingSince: Nullable(Timestamp, {
    description: 'since when every delivery has failed; 24 h of it disables the subscription',
  }),
  disabledAt: Nullable(Timestamp, { description: 'when deliveries stopped; null: active' }),
  disabledReason: Nullable(Type.String(), { description: 'why it was disabled' }),
  createdAt: CreatedAt,
};

export const WebhookSubscription = component(
  'WebhookSubscription',
  Type.Object(subscriptionProperties, {
    description: 'Where events are delivered (Standard Webhooks 1.0)',
    examples: [ex.webhookSubscription],
  }),
);

export const WebhookSubscriptionPage = component(
  'WebhookSubscriptionPage',
  Page(WebhookSubscription, "One page of WebhookSubscription items, in the list's order", ex.webhookSubscription),
);
export const CreatedWebhookSubscription = component(
  'CreatedWebhookSubscription',
  Type.Object(
    {
      ...subscriptionProperties,
      secret: Type.String({ description: 'Standard Webhooks signing secret (whsec_…), shown this once' }),
    },
    { description: 'A new subscription, with its signing secret', examples: [ex.createdWebhookSubscription] },
  ),
);

export const WebhookAttempt = component(
  'WebhookAttempt',
  Type.Object(
    {
      id: Id("the attempt's id"),
      deliveryId: Id('the delivery (one event to one subscription) it tried'),
      eventId: Type.String({ description: 'the event delivered, its `webhook-id`' }),
      eventType: Type.String({ description: 'the event type' }),
      deliveryState: Type.Enum(['pending', 'delivered', 'failed'], {
        description: "the delivery's state now: pending while retries remain",
      }),
      attemptedAt: At('when the attempt was made'),
      statusCode: Nullable(Type.Integer(), { description: "the receiver's status; null when it did not answer" }),
      error: Nullable(Type.String(), { description: 'why it failed; null when delivered' }),
      durationMs: Type.Integer({ description: 'how long the receiver took to answer' }),
    },
    { description: 'One attempt to deliver an event', examples: [ex.webhookAttempt] },
  ),
);

export const WebhookAttemptPage = component(
  'WebhookAttemptPage',
  Page(WebhookAttempt, "One page of WebhookAttempt items, in the list's order", ex.webhookAttempt),
);

export const NewWebhookSubscription = Type.Object(
  {
    url: Type.String({
      format: 'uri',
      pattern: '^https?://',
      maxLength: 2048,
      description: 'where to POST events; a public address',
    }),
    description: Type.Optional(Type.String({ maxLength: 500, description: 'what the subscription is for' })),
    eventTypes: Type.Optional(
      Type.Array(EventType, { uniqueItems: true, description: 'empty or absent: every event' }),
    ),
  },
  { additionalProperties: false, examples: [ex.newWebhookSubscription] },
);
