import Type from 'typebox';
import { CreatedApiKey } from './api-keys.js';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
import { Competency, PartnerKind, SupportPlanKind } from './vocabularies.js';

export const Partner = component(
  'Partner',
  Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: PartnerKind,
    indirectProviderId: Nullable(Uuid),
    competency: Competency,
    supportProfile: Type.Object(
      { email: Nullable(Type.String()), telephone: Nullable(Type.String()), website: Nullable(Type.String()) },
      { description: "What customers are shown as the partner's support contact (Partner Center SupportProfile)" },
    ),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);

export const NewPartner = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: PartnerKind,
    indirectProviderId: Type.Optional(Uuid),
    competency: Type.Optional({ ...Competency, default: 'none' }),
  },
  { additionalProperties: false },
);

export const PartnerWithKey = Type.Object({ partner: Partner, apiKey: CreatedApiKey });

export const SupportProfile = Type.Object(
  {
    email: Nullable(Type.String({ format: 'email', maxLength: 254 })),
    telephone: Nullable(
      Type.String({
        pattern: '^\\+?[0-9][0-9 ().-]{4,30}$',
        description: 'digits with optional +, spaces, dots, dashes, parentheses',
      }),
    ),
    website: Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 })),
  },
  { additionalProperties: false, description: 'All three are stated; null clears one.' },
);

export const SupportPlan = component(
  'SupportPlan',
  Type.Object({
    id: Uuid,
    kind: SupportPlanKind,
    validFrom: Timestamp,
    validUntil: Nullable(Timestamp, { description: 'null: open-ended' }),
    incidentsTotal: Nullable(Type.Integer(), { description: 'partner_network_incidents only' }),
    incidentsRemaining: Nullable(Type.Integer(), { description: 'partner_network_incidents only; never below 0' }),
    active: Type.Boolean({ description: 'valid now' }),
    version: Type.Integer(),
    createdAt: Timestamp,
  }),
);

export const SupportPlanPage = component(
  'SupportPlanPage',
  Page(SupportPlan, "One page of SupportPlan items, in the list's order"),
);

export const NewSupportPlan = Type.Object(
  {
    kind: SupportPlanKind,
    validFrom: Timestamp,
    validUntil: Type.Optional(Nullable(Timestamp)),
    incidentsTotal: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100000,
        description: 'required for partner_network_incidents, refused otherwise',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Compliance = Type.Object({
  compliant: Type.Boolean({ description: 'true when nothing below is found' }),
  findings: Type.Array(
    Type.Object({
      code: Type.Enum(['incomplete-support-profile', 'no-default-sla', 'customers-without-sla']),
      detail: Type.String(),
      missing: Type.Optional(Type.Array(Type.String())),
      customerIds: Type.Optional(Type.Array(Uuid, { description: 'the first 100' })),
      count: Type.Optional(Type.Integer()),
    }),
  ),
});
