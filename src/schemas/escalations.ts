import Type from 'typebox';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
import {
  EscalationChannel,
  EscalationState,
  EscalationTarget,
  EscalationTransitionTarget,
  Severity,
} from './vocabularies.js';

export const Escalation = component(
  'Escalation',
  Type.Object({
    id: Uuid,
    partnerId: Uuid,
    supportRequestId: Nullable(Uuid, {
      description: "the escalating partner's request; null for its target and for forwarded escalations",
    }),
    channel: EscalationChannel,
    target: EscalationTarget,
    targetPartnerId: Nullable(Uuid, { description: 'the indirect provider, for a reseller escalation (R5)' }),
    supportPlanId: Nullable(Uuid, { description: 'the plan it was escalated under (technical, to Microsoft)' }),
    severity: Severity,
    state: EscalationState,
    externalCaseId: Nullable(Type.String(), {
      description: "Partner Center service request id, or the provider's case number",
    }),
    parentEscalationId: Nullable(Uuid, { description: 'the reseller escalation a provider forwarded' }),
    childEscalationId: Nullable(Uuid, { description: 'the escalation its provider forwarded it as' }),
    summary: Type.String(),
    supportTopicId: Nullable(Type.String()),
    evidence: Type.Record(Type.String(), Type.Unknown(), {
      description:
        'snapshot at creation: diagnosis, last health check, customer tenant id, product, the request timeline, and ' +
        '`attachments` (id, fileName, contentType, sizeBytes, sha256, visibility of each file on the request)',
    }),
    outcome: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);

export const EscalationPage = component(
  'EscalationPage',
  Page(Escalation, "One page of Escalation items, in the list's order"),
);

const PartnerContact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  {
    additionalProperties: false,
    description:
      "the escalating agent's contact, the Partner Center request's PrimaryContact; default: the partner's support profile",
  },
);

export const NewEscalation = Type.Object(
  {
    supportRequestId: Uuid,
    channel: EscalationChannel,
    summary: Type.String({ minLength: 1, maxLength: 5000 }),
    severity: Type.Optional({ ...Severity, description: "defaults to the request's" }),
    supportPlanId: Type.Optional(Uuid),
    target: Type.Optional({ ...EscalationTarget, description: 'checked against R5; defaults to the right one' }),
    supportTopicId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Partner Center support topic id' }),
    ),
    contact: Type.Optional(PartnerContact),
  },
  { additionalProperties: false },
);

export const EscalationMove = Type.Object(
  {
    to: EscalationTransitionTarget,
    externalCaseId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    note: Type.Optional(
      Type.String({ minLength: 1, maxLength: 5000, description: 'kept as the outcome when it ends' }),
    ),
  },
  { additionalProperties: false },
);

export const Forward = Type.Object(
  {
    summary: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
    severity: Type.Optional(Severity),
    supportPlanId: Type.Optional(Uuid),
    supportTopicId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    contact: Type.Optional(PartnerContact),
  },
  { additionalProperties: false },
);

export const PartnerCenterRequest = Type.Object(
  {
    Title: Type.String(),
    Description: Type.String(),
    Severity,
    SupportTopicId: Nullable(Type.String()),
    ProductName: Type.String(),
    PrimaryContact: Type.Object(
      {
        FirstName: Type.String(),
        LastName: Type.String(),
        Email: Nullable(Type.String(), {
          description: 'null: give a contact when escalating, or a support profile email',
        }),
        PhoneNumber: Nullable(Type.String()),
      },
      {
        description:
          "The partner's: the escalating agent's contact, else the support profile. Never the customer's (R9): the " +
          "customer's requester is named in the Description, for reference only.",
      },
    ),
    Notes: Type.String(),
    Attachments: Type.Array(
      Type.Object(
        {
          FileName: Type.String({ description: 'the name to upload it under' }),
          ContentType: Type.String({ description: 'its type, recognised from the bytes' }),
          SizeBytes: Type.Integer({ description: 'its size in bytes' }),
          Sha256: Type.String({ description: 'its SHA-256, to check the upload' }),
          ContentUrl: Type.String({ description: 'where partnerdesk serves its bytes (`GET`, with the API key)' }),
        },
        { description: 'A file of the request to upload with the service request' },
      ),
      {
        description:
          "The request's files to upload to the service request, internal ones included (Microsoft is not the customer)",
        examples: [
          [
            {
              FileName: 'message-trace-contoso-fr.log',
              ContentType: 'text/plain; charset=utf-8',
              SizeBytes: 10_485_760,
              Sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
              ContentUrl: '/v1/attachments/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f/content',
            },
          ],
        ],
      },
    ),
  },
  { description: 'Partner Center ServiceRequest fields, ready to file' },
);

export const EscalationQuery = {
  state: Type.Optional(EscalationState),
  target: Type.Optional(EscalationTarget),
  channel: Type.Optional(EscalationChannel),
  supportRequestId: Type.Optional(Type.String({ format: 'uuid' })),
};
