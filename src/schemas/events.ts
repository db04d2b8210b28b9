import Type, { type TSchema } from 'typebox';
import type { EventType as EventTypeName } from '../domain/eventTypes.js';
import { component, Nullable, Page, Timestamp, Uuid } from './common.js';
import {
  ActorKind,
  BillingStatus,
  Category,
  Competency,
  Cause,
  EscalationChannel,
  EscalationState,
  EscalationTarget,
  HealthCheckOutcome,
  NoteVisibility,
  Ownership,
  RequestState,
  Severity,
  SlaDefinitionStatus,
  SubjectType,
} from './vocabularies.js';

/*
 * Every event, as the feed, the histories and webhook deliveries carry it: one schema per event
 * type with its `data`, and `Event`, their union on `type`. The `data` of each type may gain
 * fields; a field is never removed.
 */

export const Actor = component(
  'Actor',
  Type.Object(
    {
      kind: ActorKind,
      id: Type.Optional(Uuid),
      role: Type.Optional(Type.String({ description: 'the role of the API key' })),
    },
    {
      description:
        'Who made the change: an API key (its id and role), the operator, or the service. A customer user reads its ' +
        'own keys as they are and anyone else as `partner` (R9).',
    },
  ),
);

/** An event type's `data`: its fields, and room for fields added later. */
const Data = (properties: Record<string, TSchema>, description: string) =>
  Type.Object(properties, { additionalProperties: true, description });

const customerId = Uuid;
const Changes = Type.Record(Type.String(), Type.Unknown());
const SlaTarget = Type.Enum(['first_response', 'resolution'], { description: 'which SLA target' });

const dataOf = {
  'support_request.created': Data(
    { number: Type.Integer(), title: Type.String(), severity: Severity, category: Category, customerId },
    'the new request',
  ),
  'support_request.uncovered': Data(
    { number: Type.Integer(), category: Category, customerId },
    'received with no published SLA definition offering its type of support (R6)',
  ),
  'support_request.state_changed': Data(
    {
      from: RequestState,
      to: RequestState,
      reason: Type.Optional(Type.String()),
      resolution: Type.Optional(Type.Object({ code: Type.String(), summary: Type.String() })),
      customerId,
    },
    'the move; a resolution when resolved, a reason when cancelled',
  ),
  'support_request.updated': Data(
    { before: Changes, after: Changes, customerId },
    'the fields changed (title, description, assigneeId), before and after',
  ),
  'support_request.severity_changed': Data(
    { from: Severity, to: Severity, firstResponseDueAt: Timestamp, resolutionDueAt: Timestamp, customerId },
    'the new severity and the due dates it gives',
  ),
  'support_request.note_added': Data({ noteId: Uuid, visibility: NoteVisibility, customerId }, 'the note added'),
  'support_request.attachment_added': Data(
    {
      attachmentId: Type.String({ format: 'uuid', description: 'the attachment' }),
      noteId: Nullable(Uuid, { description: 'the note it is attached to, if any' }),
      visibility: NoteVisibility,
      fileName: Type.String({ description: 'the file name' }),
      contentType: Type.String({ description: 'the type recognised from the bytes' }),
      sizeBytes: Type.Integer({ description: 'the size in bytes' }),
      customerId,
    },
    'a file attached to the request or one of its notes (public ones are shown to the customer)',
  ),
  'support_request.linked_incident_resolved': Data(
    {
      serviceIncidentId: Type.String({ description: 'the Graph id of the resolved service incident' }),
      noteId: Type.String({ format: 'uuid', description: 'the public note left for the customer' }),
      language: Type.String({ description: 'the language the note is written in (BCP 47)' }),
      customerId,
    },
    'Microsoft resolved a service incident linked to the request: a public note tells the customer (it reads the note, not this event)',
  ),
  'support_request.diagnosed': Data(
    { cause: Cause, ownership: Ownership, summary: Type.String(), customerId },
    'the diagnosis (R2, R3)',
  ),
  'support_request.health_checked': Data(
    {
      checkedAt: Timestamp,
      outcome: HealthCheckOutcome,
      matchingIncidentIds: Type.Array(Type.String()),
      customerId,
    },
    'the service health check',
  ),
  'support_request.sla_at_risk': Data({ target: SlaTarget, dueAt: Timestamp, customerId }, '75 % of a target is used'),
  'support_request.sla_breached': Data({ target: SlaTarget, dueAt: Timestamp, customerId }, 'a target was missed'),
  'customer.created': Data({ after: Changes }, 'the new customer'),
  'customer.updated': Data({ before: Changes, after: Changes }, 'the fields changed, before and after'),
  'customer.billing_status_changed': Data(
    {
      from: BillingStatus,
      to: BillingStatus,
      reason: Nullable(Type.String()),
      suspendedProducts: Type.Optional(Type.Array(Type.Unknown())),
    },
    'the new billing status (R7)',
  ),
  'partner.competency_changed': Data(
    { from: Competency, to: Competency },
    "the partner's competency, changed by the operator",
  ),
  'sla_definition.created': Data(
    { version: Type.Integer(), status: SlaDefinitionStatus, basedOn: Nullable(Uuid) },
    'the new draft',
  ),
  'sla_definition.updated': Data(
    { version: Type.Integer(), status: SlaDefinitionStatus, fields: Type.Array(Type.String()) },
    'the fields edited',
  ),
  'sla_definition.published': Data(
    { version: Type.Integer(), status: SlaDefinitionStatus, isDefault: Type.Boolean() },
    'the definition is offered to customers',
  ),
  'sla_definition.made_default': Data(
    { version: Type.Integer(), status: SlaDefinitionStatus },
    "the partner's default now",
  ),
  'sla_definition.retired': Data({ version: Type.Integer(), status: SlaDefinitionStatus }, 'no longer offered'),
  'escalation.created': Data(
    {
      channel: EscalationChannel,
      target: EscalationTarget,
      supportPlanId: Type.Optional(Nullable(Uuid)),
      parentEscalationId: Type.Optional(Uuid),
      state: EscalationState,
    },
    'the new escalation; a forwarded one names its parent',
  ),
  'escalation.state_changed': Data(
    {
      from: EscalationState,
      to: EscalationState,
      externalCaseId: Type.Optional(Type.String()),
      note: Type.Optional(Type.String()),
      state: EscalationState,
    },
    'the move',
  ),
  'escalation.forwarded': Data(
    { childEscalationId: Uuid, state: EscalationState },
    'forwarded by the provider to Microsoft',
  ),
  'webhook_subscription.disabled': Data(
    { url: Type.String(), reason: Type.String(), failingSince: Timestamp },
    'deliveries failed for a day; the subscription stopped',
  ),
} satisfies Record<EventTypeName, TSchema>;

const pascal = (name: string) =>
  name
    .split(/[._]/)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/** The component name of an event type's schema: `support_request.created` → `SupportRequestCreatedEvent`. */
export const eventSchemaName = (type: string) => `${pascal(type)}Event`;

// One schema per event type, named after it.
for (const [type, data] of Object.entries(dataOf)) {
  component(
    eventSchemaName(type),
    Type.Object(
      {
        id: Type.String({ description: 'opaque and ordered: the feed position' }),
        type: Type.Literal(type, { description: 'the event type' }),
        occurredAt: Timestamp,
        actor: Actor,
        subject: Type.Object({ type: SubjectType, id: Uuid }, { description: 'the resource the event is about' }),
        data,
      },
      { description: `A ${type} event.` },
    ),
  );
}

/**
 * `Event` in the contract: the union of the event types on `type` (`applyConventions` puts it in
 * the document, and the suite checks every event served against it).
 */
const eventRef = (type: string) => `#/components/schemas/${eventSchemaName(type)}`;
export const eventUnion = {
  description: 'Something that happened, as the feed, histories and webhooks carry it; `type` says which.',
  oneOf: Object.keys(dataOf).map((type) => ({ $ref: eventRef(type) })),
  discriminator: {
    propertyName: 'type',
    mapping: Object.fromEntries(Object.keys(dataOf).map((t) => [t, eventRef(t)])),
  },
};

/**
 * The OpenAPI `webhooks`: one per event type, each the signed POST a subscription receives
 * (Standard Webhooks 1.0), its body that type's schema.
 */
export const webhooks = Object.fromEntries(
  Object.keys(dataOf).map((type) => [
    type,
    {
      post: {
        operationId: `on${pascal(type)}`,
        tags: ['webhooks'],
        summary: `A ${type} event, delivered to the subscriptions that want it`,
        description:
          'Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` ' +
          "with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is " +
          'retried with backoff, and a subscription failing for a day is disabled.',
        security: [],
        parameters: [
          ['webhook-id', 'The event id; the same on every retry of this event.'],
          ['webhook-timestamp', 'Unix seconds when this attempt was signed.'],
          ['webhook-signature', '`v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`.'],
        ].map(([name, description]) => ({
          name,
          in: 'header',
          required: true,
          description,
          schema: { type: 'string' },
        })),
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: eventRef(type) } } } },
        responses: { '200': { description: 'Received: any 2xx status acknowledges the delivery.' } },
      },
    },
  ]),
);

/**
 * `Event` as the service serializes it: loosely, so that an event is never refused on its way
 * out (a 500 on the feed would stop every follower). The contract states `eventUnion` instead.
 */
export const Event = component(
  'Event',
  Type.Object({
    id: Type.String(),
    type: Type.String(),
    occurredAt: Timestamp,
    actor: Actor,
    subject: Type.Object({ type: Type.String(), id: Uuid }),
    data: Type.Record(Type.String(), Type.Unknown()),
  }),
);

export const EventPage = component('EventPage', Page(Event, "One page of a resource's history, oldest first"));
