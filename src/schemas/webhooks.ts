import Type from 'typebox';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
import { EventType } from './vocabularies.js';

const subscriptionProperties = {
  id: Uuid,
  url: Type.String(),
  description: Nullable(Type.String()),
  eventTypes: Type.Array(EventType, { description: 'empty: every event' }),
  failingSince: Nullable(Timestamp, {
    description: 'since when every delivery has failed; 24 h of it disables the subscription',
  }),
  disabledAt: Nullable(Timestamp),
  disabledReason: Nullable(Type.String()),
  createdAt: Timestamp,
};

export const WebhookSubscription = component('WebhookSubscription', Type.Object(subscriptionProperties));

export const WebhookSubscriptionPage = component(
  'WebhookSubscriptionPage',
  Page(WebhookSubscription, "One page of WebhookSubscription items, in the list's order"),
);
export const CreatedWebhookSubscription = component(
  'CreatedWebhookSubscription',
  Type.Object({
    ...subscriptionProperties,
    secret: Type.String({ description: 'Standard Webhooks signing secret (whsec_…), shown this once' }),
  }),
);

export const WebhookAttempt = component(
  'WebhookAttempt',
  Type.Object({
    id: Uuid,
    deliveryId: Uuid,
    eventId: Type.String(),
    eventType: Type.String(),
    deliveryState: Type.Enum(['pending', 'delivered', 'failed']),
    attemptedAt: Timestamp,
    statusCode: Nullable(Type.Integer(), { description: "the receiver's status; null when it did not answer" }),
    error: Nullable(Type.String()),
    durationMs: Type.Integer(),
  }),
);

export const WebhookAttemptPage = component(
  'WebhookAttemptPage',
  Page(WebhookAttempt, "One page of WebhookAttempt items, in the list's order"),
);

export const NewWebhookSubscription = Type.Object(
  {
    url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 }),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    eventTypes: Type.Optional(
      Type.Array(EventType, { uniqueItems: true, description: 'empty or absent: every event' }),
    ),
  },
  { additionalProperties: false },
);
