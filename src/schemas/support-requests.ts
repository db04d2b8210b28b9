import Type from 'typebox';
import { slaCoverages } from '../domain/intakePolicy.js';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
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
import { Actor } from './events.js';
import { ExternalRefs, IntegrationQuery, Metadata, MetadataChange, Tags } from './shared.js';

const Requester = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9][0-9 ().-]{4,30}$' }))),
  },
  { additionalProperties: false },
);

const Product = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. Microsoft 365 E3' }),
    type: ProductType,
    service: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'the workload as Microsoft names it, e.g. Exchange Online',
    }),
  },
  { additionalProperties: false },
);

export const HealthCheck = component(
  'HealthCheck',
  Type.Object({
    checkedAt: Timestamp,
    outcome: HealthCheckOutcome,
    matchingIncidentIds: Type.Array(Type.String(), {
      description: 'unresolved incidents of the service for this customer or all',
    }),
  }),
);

export const SupportRequest = component(
  'SupportRequest',
  Type.Object({
    id: Uuid,
    number: Type.Integer({ description: 'per-partner sequence' }),
    customerId: Uuid,
    title: Type.String(),
    description: Type.String(),
    category: Category,
    product: Product,
    severity: Severity,
    channel: RequestChannel,
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
        cause: Cause,
        ownership: { ...Ownership, description: 'derived from the cause (R3)' },
        summary: Type.String(),
        diagnosedAt: Timestamp,
      }),
      { description: 'hidden from customers' },
    ),
    healthCheck: Nullable(HealthCheck, { description: 'the last service health check (hidden from customers)' }),
    resolution: Nullable(Type.Object({ code: Type.String(), summary: Type.String(), resolvedAt: Timestamp })),
    slaCoverage: Type.Enum(slaCoverages, {
      description:
        'uncovered: received with no published SLA definition offering its type of support (R6): no SLA clock, ' +
        'reported in GET /v1/partner/compliance',
    }),
    sla: Nullable(
      Type.Object({
        definitionId: Uuid,
        definitionVersion: Type.Integer(),
        status: SlaTrackingStatus,
        firstResponseDueAt: Timestamp,
        firstRespondedAt: Nullable(Timestamp),
        resolutionDueAt: Timestamp,
        pausedMinutes: Type.Number({ description: 'business minutes the clock has stood still' }),
      }),
      { description: 'null when uncovered' },
    ),
    externalRefs: ExternalRefs,
    tags: Tags,
    metadata: Metadata,
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);

export const SupportRequestPage = component(
  'SupportRequestPage',
  Page(SupportRequest, "One page of SupportRequest items, in the list's order"),
);

export const NewSupportRequest = Type.Object(
  {
    customerId: Type.Optional(Uuid),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.String({ minLength: 1, maxLength: 20_000 }),
    category: Category,
    product: Product,
    severity: Severity,
    channel: Type.Optional({ ...RequestChannel, default: 'api' }),
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
  },
);

export const SupportRequestPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000 })),
    severity: Type.Optional(Severity),
    assigneeId: Type.Optional(Nullable(Uuid)),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(MetadataChange),
  },
  { additionalProperties: false, minProperties: 1, description: 'The state changes through …/transitions only.' },
);

export const TransitionRequest = Type.Object(
  {
    to: RequestTransitionTarget,
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    resolution: Type.Optional(
      Type.Object(
        {
          code: Type.String({ minLength: 1, maxLength: 100 }),
          summary: Type.String({ minLength: 1, maxLength: 5000 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const Diagnosis = Type.Object(
  { cause: Cause, summary: Type.String({ minLength: 1, maxLength: 5000 }) },
  { additionalProperties: false },
);

export const Note = component(
  'Note',
  Type.Object({
    id: Uuid,
    text: Type.String(),
    visibility: NoteVisibility,
    author: Actor,
    createdAt: Timestamp,
  }),
);

export const NotePage = component('NotePage', Page(Note, "One page of Note items, in the list's order"));

export const NewNote = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 20_000 }),
    visibility: { ...NoteVisibility, description: 'customers write and read public notes only (R9)' },
  },
  { additionalProperties: false },
);

export const RequestQuery = {
  state: Type.Optional({
    ...RequestState,
    description: 'for a customer user, in_progress includes escalated requests and escalated matches none (R9)',
  }),
  customerId: Type.Optional(Type.String({ format: 'uuid' })),
  severity: Type.Optional(Severity),
  category: Type.Optional(Category),
  slaStatus: Type.Optional(SlaTrackingStatus),
  assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
  updatedSince: Type.Optional(Type.String({ format: 'date-time' })),
  ...IntegrationQuery,
};
