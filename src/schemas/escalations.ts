import Type from 'typebox';
import { CreatedAt, Id, Nullable, Page, UpdatedAt, Uuid, Version, component } from './common.js';
import * as ex from './examples.js';
import {
  EscalationChannel,
  EscalationState,
  EscalationTarget,
  EscalationTransitionTarget,
  Severity,
} from './vocabularies.js';

export const Escalation = component(
  'Escalation',
  Type.Object(
    {
      id: Id("the escalation's id"),
      partnerId: Id('the partner that escalated'),
      supportRequestId: Nullable(Uuid, {
        description: "the escalating partner's request; null for its target and for forwarded escalations",
      }),
      channel: { ...EscalationChannel, description: 'commercial (billing, subscription) or technical (R4)' },
      target: { ...EscalationTarget, description: 'Microsoft, or the indirect provider for a reseller (R5)' },
      targetPartnerId: Nullable(Uuid, { description: 'the indirect provider, for a reseller escalation (R5)' }),
      supportPlanId: Nullable(Uuid, { description: 'the plan it was escalated under (technical, to Microsoft)' }),
      severity: { ...Severity, description: 'as filed with the target' },
      state: { ...EscalationState, description: 'where it is in its lifecycle (SPEC §3)' },
      externalCaseId: Nullable(Type.String(), {
        description: "Partner Center service request id, or the provider's case number",
      }),
      parentEscalationId: Nullable(Uuid, { description: 'the reseller escalation a provider forwarded' }),
      childEscalationId: Nullable(Uuid, { description: 'the escalation its provider forwarded it as' }),
      summary: Type.String({ description: 'what is asked of the target' }),
      supportTopicId: Nullable(Type.String(), { description: 'the Partner Center support topic id, when given' }),
      evidence: Type.Record(Type.String(), Type.Unknown(), {
        description:
          'snapshot at creation: diagnosis, last health check, customer tenant id, product, the request timeline, and ' +
          '`attachments` (id, fileName, contentType, sizeBytes, sha256, visibility of each file on the request)',
      }),
      outcome: Nullable(Type.String(), { description: "the target's answer once it ended; null while open" }),
      version: Version,
      createdAt: CreatedAt,
      updatedAt: UpdatedAt,
    },
    {
      description: 'An escalation to Microsoft or to the indirect provider (R1–R5)',
      examples: [ex.escalation],
    },
  ),
);

export const EscalationPage = component(
  'EscalationPage',
  Page(Escalation, "One page of Escalation items, in the list's order", ex.escalation),
);

const PartnerContact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: "the agent's full name" }),
    email: Type.String({ format: 'email', maxLength: 254, description: "the agent's email address" }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }), { description: "the agent's phone number" })),
  },
  {
    additionalProperties: false,
    description:
      "the escalating agent's contact, the Partner Center request's PrimaryContact; default: the partner's support profile",
  },
);

export const NewEscalation = Type.Object(
  {
    supportRequestId: Id('the request to escalate: in progress and diagnosed (R2)'),
    channel: { ...EscalationChannel, description: 'commercial for billing and subscription, technical otherwise (R4)' },
    summary: Type.String({ minLength: 1, maxLength: 5000, description: 'what is asked of the target' }),
    severity: Type.Optional({ ...Severity, description: "defaults to the request's" }),
    supportPlanId: Type.Optional(Id('the plan to escalate under (technical, to Microsoft); default: chosen (R4)')),
    target: Type.Optional({ ...EscalationTarget, description: 'checked against R5; defaults to the right one' }),
    supportTopicId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Partner Center support topic id' }),
    ),
    contact: Type.Optional(PartnerContact),
  },
  { additionalProperties: false, examples: [ex.newEscalation] },
);

export const EscalationMove = Type.Object(
  {
    to: { ...EscalationTransitionTarget, description: 'the state to move to' },
    externalCaseId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: "the target's case number; required to submit" }),
    ),
    note: Type.Optional(
      Type.String({ minLength: 1, maxLength: 5000, description: 'kept as the outcome when it ends' }),
    ),
  },
  { additionalProperties: false, examples: [ex.escalationMove] },
);

export const Forward = Type.Object(
  {
    summary: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 5000,
        description: "what is asked of Microsoft; default: the reseller's",
      }),
    ),
    severity: Type.Optional({ ...Severity, description: "default: the reseller escalation's" }),
    supportPlanId: Type.Optional(Id("the provider's plan to escalate under; default: chosen (R4)")),
    supportTopicId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Partner Center support topic id' }),
    ),
    contact: Type.Optional(PartnerContact),
  },
  {
    additionalProperties: false,
    description: "The provider forwards a reseller's escalation to Microsoft under its own plans (R5)",
    examples: [ex.forward],
  },
);

export const PartnerCenterRequest = Type.Object(
  {
    Title: Type.String({ description: "the request's title" }),
    Description: Type.String({ description: "the request's description, its requester named for reference" }),
    Severity: { ...Severity, description: "the escalation's severity" },
    SupportTopicId: Nullable(Type.String(), { description: 'the support topic id, when given' }),
    ProductName: Type.String({ description: "the request's product name" }),
    PrimaryContact: Type.Object(
      {
        FirstName: Type.String({ description: "the contact's first name" }),
        LastName: Type.String({ description: "the contact's last name" }),
        Email: Nullable(Type.String(), {
          description: 'null: give a contact when escalating, or a support profile email',
        }),
        PhoneNumber: Nullable(Type.String(), { description: "the contact's phone number, when known" }),
      },
      {
        description:
          "The partner's: the escalating agent's contact, else the support profile. Never the customer's (R9): the " +
          "customer's requester is named in the Description, for reference only.",
      },
    ),
    Notes: Type.String({ description: 'the diagnosis, health check and tenant id, for the engineer' }),
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
              ContentUrl: `/v1/attachments/${ex.ids.attachment}/content`,
            },
          ],
        ],
      },
    ),
  },
  { description: 'Partner Center ServiceRequest fields, ready to file', examples: [ex.partnerCenterRequest] },
);

export const EscalationQuery = {
  state: Type.Optional({ ...EscalationState, description: 'only escalations in this state' }),
  target: Type.Optional({ ...EscalationTarget, description: 'only escalations to this target' }),
  channel: Type.Optional({ ...EscalationChannel, description: 'only escalations through this channel' }),
  supportRequestId: Type.Optional(Id("only this request's escalations")),
};
