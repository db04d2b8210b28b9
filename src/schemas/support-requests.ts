import Type from 'typebox';
import { slaCoverages } from '../domain/intakePolicy.js';
import { At, CreatedAt, Id, Nullable, Page, UpdatedAt, Uuid, Version, component } from './common.js';
import * as ex from './examples.js';
import {
  Category,
  Cause,
  HealthCheckOutcome,
  NoteVisibility,
  Ownership,
  ProductType,
  RequestChannel,
  RequestState,
  RequestTransitionTarget,
  Severity,
  SlaTrackingStatus,
} from './vocabularies.js';
import { Contact } from './customers.js';
import { Actor } from './events.js';
import { ExternalRefs, IntegrationQuery, Metadata, MetadataChange, Tags } from './shared.js';

const Requester = { ...Contact, description: 'the customer person who raised the request' };

const Product = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. Microsoft 365 E3' }),
    type: {
      ...ProductType,
      description: 'cloud products and on-premises ones are escalated under different plans (R4)',
    },
    service: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'the workload as Microsoft names it, e.g. Exchange Online',
    }),
  },
  { additionalProperties: false, description: 'what the request is about', examples: [ex.product] },
);

export const HealthCheck = component(
  'HealthCheck',
  Type.Object(
    {
      checkedAt: At('when the service health was checked'),
      outcome: { ...HealthCheckOutcome, description: 'known_incident blocks a technical escalation (R2)' },
      matchingIncidentIds: Type.Array(Type.String(), {
        description: 'unresolved incidents of the service for this customer or all',
      }),
    },
    {
      description: "A check of Microsoft's service health for the request's product.service (R2)",
      examples: [ex.healthCheck],
    },
  ),
);

export const SupportRequest = component(
  'SupportRequest',
  Type.Object(
    {
      id: Id("the request's id"),
      number: Type.Integer({ description: 'per-partner sequence, what people quote (#1042)' }),
      customerId: Id('the customer who raised it'),
      title: Type.String({ description: 'one line: what is wrong' }),
      description: Type.String({ description: 'the details, as the customer gave them' }),
      category: {
        ...Category,
        description: 'the type of support asked for; billing and subscription go to the commercial channel',
      },
      product: Product,
      severity: { ...Severity, description: 'how badly the customer is affected; it sets the SLA targets' },
      channel: { ...RequestChannel, description: 'how the request reached the partner' },
      requester: Requester,
      state: {
        ...RequestState,
        description:
          'a customer user reads escalated as in_progress (R9): nothing it reads names an escalation, its target, ' +
          'Microsoft, a provider or an actor other than the partner',
      },
      assigneeId: Nullable(Uuid, { description: 'the API key of the agent working it (hidden from customers)' }),
      diagnosis: Nullable(
        Type.Object({
          cause: { ...Cause, description: 'the diagnosed cause; it decides who owns the fix (R3)' },
          ownership: { ...Ownership, description: 'derived from the cause (R3)' },
          summary: Type.String({ description: 'what the agent found' }),
          diagnosedAt: At('when it was diagnosed'),
        }),
        { description: "the partner's diagnosis, required before escalating (R2); hidden from customers" },
      ),
      healthCheck: Nullable(HealthCheck, { description: 'the last service health check (hidden from customers)' }),
      resolution: Nullable(
        Type.Object({
          code: Type.String({ description: "the partner's resolution code, e.g. credit_note_issued" }),
          summary: Type.String({ description: 'what was done, as the customer is told' }),
          resolvedAt: At('when it was resolved'),
        }),
        { description: 'set when resolved; null otherwise' },
      ),
      slaCoverage: Type.Enum(slaCoverages, {
        description:
          'uncovered: received with no published SLA definition offering its type of support (R6): no SLA clock, ' +
          'reported in GET /v1/partner/compliance',
      }),
      sla: Nullable(
        Type.Object({
          definitionId: Id('the SLA definition in force when the request was opened'),
          definitionVersion: Type.Integer({ description: "that definition's terms version" }),
          status: { ...SlaTrackingStatus, description: 'how the request stands against its targets now' },
          firstResponseDueAt: At('when the first response is due'),
          firstRespondedAt: Nullable(At('when'), { description: 'when the partner first responded; null: not yet' }),
          resolutionDueAt: At('when the resolution is due (moves while the clock is paused)'),
          pausedMinutes: Type.Number({ description: 'business minutes the clock has stood still' }),
        }),
        { description: 'null when uncovered' },
      ),
      externalRefs: ExternalRefs,
      tags: Tags,
      metadata: Metadata,
      version: Version,
      createdAt: CreatedAt,
      updatedAt: UpdatedAt,
    },
    { description: 'A request a customer raised through the partner (R1)', examples: [ex.supportRequest] },
  ),
);

export const SupportRequestPage = component(
  'SupportRequestPage',
  Page(SupportRequest, "One page of SupportRequest items, in the list's order", ex.supportRequest),
);

export const NewSupportRequest = Type.Object(
  {
    customerId: Type.Optional(Id('the customer it is for: required from agents, implied for customer users')),
    title: Type.String({ minLength: 1, maxLength: 300, description: 'one line: what is wrong' }),
    description: Type.String({ minLength: 1, maxLength: 20_000, description: 'the details' }),
    category: { ...Category, description: 'the type of support asked for' },
    product: Product,
    severity: { ...Severity, description: 'how badly the customer is affected; it sets the SLA targets' },
    channel: Type.Optional({ ...RequestChannel, default: 'api', description: 'how the request reached the partner' }),
    requester: Type.Optional({
      ...Requester,
      description:
        "Who asked. Defaults to the customer's first contact; required when the customer has no contact " +
        '(`400 validation-failed` at `/body/requester` otherwise).',
    }),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(Metadata),
  },
  {
    additionalProperties: false,
    description:
      "Agents name the customerId; a customer user's requests are its own. requester defaults to the customer's first contact. " +
      'externalRefs, tags and metadata are set by partner agents only.',
    examples: [ex.newSupportRequest, ex.newBillingQuestion],
  },
);

export const SupportRequestPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'the new title' })),
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000, description: 'the new details' })),
    severity: Type.Optional({ ...Severity, description: 'the new severity: the SLA due dates follow it' }),
    assigneeId: Type.Optional(
      Nullable(Uuid, { description: "the API key of the partner's agent who works it; null: unassigned" }),
    ),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(MetadataChange),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'The state changes through …/transitions only.',
    examples: [ex.supportRequestPatch],
  },
);

export const TransitionRequest = Type.Object(
  {
    to: { ...RequestTransitionTarget, description: 'the state to move to' },
    reason: Type.Optional(
      Type.String({ minLength: 1, maxLength: 2000, description: 'why; required to cancel, kept in the history' }),
    ),
    resolution: Type.Optional(
      Type.Object(
        {
          code: Type.String({ minLength: 1, maxLength: 100, description: "the partner's resolution code" }),
          summary: Type.String({
            minLength: 1,
            maxLength: 5000,
            description: 'what was done, as the customer is told',
          }),
        },
        { additionalProperties: false, description: 'required to resolve' },
      ),
    ),
  },
  { additionalProperties: false, examples: [ex.transitions.resolved, ex.transitions.inProgress] },
);

export const Diagnosis = Type.Object(
  {
    cause: { ...Cause, description: 'the cause found; Microsoft-owned causes may be escalated technically (R3)' },
    summary: Type.String({ minLength: 1, maxLength: 5000, description: 'what the agent found' }),
  },
  { additionalProperties: false, examples: [ex.diagnosis] },
);

export const Note = component(
  'Note',
  Type.Object(
    {
      id: Id("the note's id"),
      text: Type.String({ description: 'what was written' }),
      visibility: {
        ...NoteVisibility,
        description: 'public notes are shared with the customer, internal ones never (R9)',
      },
      author: { ...Actor, description: 'who wrote it' },
      createdAt: CreatedAt,
    },
    { description: 'A note on a support request', examples: [ex.note] },
  ),
);

export const NotePage = component('NotePage', Page(Note, "One page of Note items, in the list's order", ex.note));

export const NewNote = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 20_000, description: 'what to write' }),
    visibility: { ...NoteVisibility, description: 'customers write and read public notes only (R9)' },
  },
  { additionalProperties: false, examples: [ex.newNote] },
);

export const RequestQuery = {
  state: Type.Optional({
    ...RequestState,
    description: 'for a customer user, in_progress includes escalated requests and escalated matches none (R9)',
  }),
  customerId: Type.Optional(Id("only this customer's requests")),
  severity: Type.Optional({ ...Severity, description: 'only requests of this severity' }),
  category: Type.Optional({ ...Category, description: 'only requests of this category' }),
  slaStatus: Type.Optional({ ...SlaTrackingStatus, description: 'only requests standing so against their SLA' }),
  assigneeId: Type.Optional(Id("only requests assigned to this agent's API key")),
  updatedSince: Type.Optional(At('only requests changed at or after this time')),
  ...IntegrationQuery,
};
