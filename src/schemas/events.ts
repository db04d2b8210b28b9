import Type, { type TSchema } from 'typebox';
import type { EventType as EventTypeName } from '../domain/eventTypes.js';
import { At, component, Id, Nullable, Page } from './common.js';
import { actor, eventOf } from './examples.js';
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
      kind: { ...ActorKind, description: 'what kind of actor' },
      id: Type.Optional(Id('the API key, when the actor is one')),
      role: Type.Optional(Type.String({ description: 'the role of the API key' })),
    },
    {
      description:
        'Who made the change: an API key (its id and role), the operator, or the service. A customer user reads its ' +
        'own keys as they are and anyone else as `partner` (R9).',
      examples: [actor],
    },
  ),
);

/** An event type's `data`: its fields, and room for fields added later. */
const Data = (properties: Record<string, TSchema>, description: string) =>
  Type.Object(properties, { additionalProperties: true, description });

const customerId = Id("the request's customer");
const Changes = (description: string) => Type.Record(Type.String(), Type.Unknown(), { description });
const Before = Changes('the changed fields before the change');
const After = Changes('the changed fields after it');
const RequestNumber = Type.Integer({ description: "the request's number" });
const Version = Type.Integer({ description: "the definition's terms version" });
const Status = { ...SlaDefinitionStatus, description: "the definition's status now" };
const EscalationStateNow = { ...EscalationState, description: "the escalation's state now" };
const SlaTarget = Type.Enum(['first_response', 'resolution'], { description: 'which SLA target' });

/** The three time entry events carry the same fields: the entry as added, changed or deleted. */
const timeEntryData = (description: string) =>
  Data(
    {
      timeEntryId: Id('the time entry'),
      minutes: Type.Integer({ description: 'the minutes logged' }),
      billable: Type.Boolean({ description: 'whether the minutes are charged' }),
      customerId,
    },
    description,
  );

const dataOf = {
  'support_request.created': Data(
    {
      number: RequestNumber,
      title: Type.String({ description: "the request's title" }),
      severity: { ...Severity, description: "the request's severity" },
      category: { ...Category, description: "the request's category" },
      customerId,
    },
    'the new request',
  ),
  'support_request.uncovered': Data(
    {
      number: RequestNumber,
      category: { ...Category, description: 'the type of support no definition offers' },
      customerId,
    },
    'received with no published SLA definition offering its type of support (R6)',
  ),
  'support_request.state_changed': Data(
    {
      from: { ...RequestState, description: 'the state before' },
      to: { ...RequestState, description: 'the state after' },
      reason: Type.Optional(Type.String({ description: 'why, when one was given' })),
      resolution: Type.Optional(
        Type.Object(
          {
            code: Type.String({ description: "the partner's resolution code" }),
            summary: Type.String({ description: 'what was done' }),
          },
          { description: 'the resolution, when resolved' },
        ),
      ),
      customerId,
    },
    'the move; a resolution when resolved, a reason when cancelled',
  ),
  'support_request.updated': Data(
    { before: Before, after: After, customerId },
    'the fields changed (title, description, assigneeId), before and after',
  ),
  'support_request.severity_changed': Data(
    {
      from: { ...Severity, description: 'the severity before' },
      to: { ...Severity, description: 'the severity after' },
      firstResponseDueAt: At('the first response due date it gives'),
      resolutionDueAt: At('the resolution due date it gives'),
      customerId,
    },
    'the new severity and the due dates it gives',
  ),
  'support_request.note_added': Data(
    {
      noteId: Id('the note'),
      visibility: { ...NoteVisibility, description: "the note's visibility" },
      customerId,
    },
    'the note added',
  ),
  'support_request.time_entry_added': timeEntryData('the time logged'),
  'support_request.time_entry_changed': timeEntryData('the time entry after its change'),
  'support_request.time_entry_deleted': timeEntryData('the time entry deleted'),
  'support_request.attachment_added': Data(
    {
      attachmentId: Type.String({ format: 'uuid', description: 'the attachment' }),
      noteId: Nullable(Id('the note'), { description: 'the note it is attached to, if any' }),
      visibility: { ...NoteVisibility, description: 'public files are shown to the customer' },
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
    {
      cause: { ...Cause, description: 'the diagnosed cause' },
      ownership: { ...Ownership, description: 'who owns the fix (R3)' },
      summary: Type.String({ description: 'what the agent found' }),
      customerId,
    },
    'the diagnosis (R2, R3)',
  ),
  'support_request.health_checked': Data(
    {
      checkedAt: At('when it was checked'),
      outcome: { ...HealthCheckOutcome, description: 'clear, or a known incident' },
      matchingIncidentIds: Type.Array(Type.String(), { description: 'the unresolved incidents found' }),
      customerId,
    },
    'the service health check',
  ),
  'support_request.sla_at_risk': Data(
    { target: SlaTarget, dueAt: At("the target's due date"), customerId },
    '75 % of a target is used',
  ),
  'support_request.sla_breached': Data(
    { target: SlaTarget, dueAt: At("the target's due date"), customerId },
    'a target was missed',
  ),
  'customer.created': Data({ after: Changes("the new customer's fields") }, 'the new customer'),
  'customer.updated': Data({ before: Before, after: After }, 'the fields changed, before and after'),
  'customer.billing_status_changed': Data(
    {
      from: { ...BillingStatus, description: 'the standing before' },
      to: { ...BillingStatus, description: 'the standing after' },
      reason: Nullable(Type.String(), { description: 'why, as the partner gave it' }),
      suspendedProducts: Type.Optional(
        Type.Array(Type.Unknown(), { description: 'the products suspended now, when some are' }),
      ),
    },
    'the new billing status (R7)',
  ),
  'partner.competency_changed': Data(
    {
      from: { ...Competency, description: 'the competency before' },
      to: { ...Competency, description: 'the competency after' },
    },
    "the partner's competency, changed by the operator",
  ),
  'sla_definition.created': Data(
    {
      version: Version,
      status: Status,
      basedOn: Nullable(Id('a definition'), { description: 'the definition it was based on' }),
    },
    'the new draft',
  ),
  'sla_definition.updated': Data(
    { version: Version, status: Status, fields: Type.Array(Type.String(), { description: 'the fields edited' }) },
    'the fields edited',
  ),
  'sla_definition.published': Data(
    {
      version: Version,
      status: Status,
      isDefault: Type.Boolean({ description: "whether it became the partner's default" }),
    },
    'the definition is offered to customers',
  ),
  'sla_definition.made_default': Data({ version: Version, status: Status }, "the partner's default now"),
  'sla_definition.retired': Data({ version: Version, status: Status }, 'no longer offered'),
  'escalation.created': Data(
    {
      channel: { ...EscalationChannel, description: "the escalation's channel" },
      target: { ...EscalationTarget, description: "the escalation's target" },
      supportPlanId: Type.Optional(Nullable(Id('a plan'), { description: 'the plan it was escalated under' })),
      parentEscalationId: Type.Optional(Id('the reseller escalation forwarded')),
      state: EscalationStateNow,
    },
    'the new escalation; a forwarded one names its parent',
  ),
  'escalation.state_changed': Data(
    {
      from: { ...EscalationState, description: 'the state before' },
      to: { ...EscalationState, description: 'the state after' },
      externalCaseId: Type.Optional(Type.String({ description: "the target's case number, when recorded" })),
      note: Type.Optional(Type.String({ description: 'the note given with the move' })),
      state: EscalationStateNow,
    },
    'the move',
  ),
  'escalation.forwarded': Data(
    { childEscalationId: Id('the escalation to Microsoft it was forwarded as'), state: EscalationStateNow },
    'forwarded by the provider to Microsoft',
  ),
  'webhook_subscription.disabled': Data(
    {
      url: Type.String({ description: "the subscription's URL" }),
      reason: Type.String({ description: 'why it was disabled' }),
      failingSince: At('since when every delivery failed'),
    },
    'deliveries failed for a day; the subscription stopped',
  ),
  'connector.failed': Data(
    {
      kind: Type.String({ description: 'graph or partner_center' }),
      error: Type.String({ description: 'what the failed call met' }),
    },
    'a call to Microsoft failed after the connector last succeeded',
  ),
  'connector.recovered': Data(
    { kind: Type.String({ description: 'graph or partner_center' }), failingSince: At('since when calls failed') },
    'a call to Microsoft succeeded again',
  ),
} satisfies Record<EventTypeName, TSchema>;

const pascal = (name: string) =>
  name
    .split(/[._]/)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/** The component name of an event type's schema: `support_request.created` → `SupportRequestCreatedEvent`. */
export const eventSchemaName = (type: string) => `${pascal(type)}Event`;

const Subject = Type.Object(
  {
    type: { ...SubjectType, description: 'the kind of resource' },
    id: Id("the resource's id"),
  },
  { description: 'the resource the event is about' },
);

// One schema per event type, named after it.
for (const [type, data] of Object.entries(dataOf)) {
  component(
    eventSchemaName(type),
    Type.Object(
      {
        id: Type.String({ description: 'opaque and ordered: the feed position' }),
        type: Type.Literal(type, { description: 'the event type' }),
        occurredAt: At('when it happened'),
        actor: { ...Actor, description: 'who did it' },
        subject: Subject,
        data,
      },
      { description: `A ${type} event.`, examples: [eventOf(type)] },
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
  examples: [eventOf('escalation.created')],
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
    id: Type.String({ description: 'opaque and ordered: the feed position' }),
    type: Type.String({ description: 'the event type' }),
    occurredAt: At('when it happened'),
    actor: Actor,
    subject: Type.Object({ type: Type.String(), id: Id("the resource's id") }),
    data: Type.Record(Type.String(), Type.Unknown()),
  }),
);

export const EventPage = component(
  'EventPage',
  Page(Event, "One page of a resource's history, oldest first", eventOf('escalation.created')),
);
