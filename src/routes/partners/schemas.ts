import Type from 'typebox';
import { competencies, partnerKinds } from '../../domain/partners.js';
import { roles } from '../../domain/access.js';
import { component, Nullable, Timestamp, Uuid } from '../../http/schemas.js';

export const Partner = component(
  'Partner',
  Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: Type.Enum(partnerKinds),
    indirectProviderId: Nullable(Uuid),
    competency: Type.Enum(competencies),
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
    kind: Type.Enum(partnerKinds),
    indirectProviderId: Type.Optional(Uuid),
    competency: Type.Optional(Type.Enum(competencies, { default: 'none' })),
  },
  { additionalProperties: false },
);

export const CreatedApiKey = component(
  'CreatedApiKey',
  Type.Object({
    id: Uuid,
    name: Type.String(),
    role: Type.Enum(roles),
    customerId: Nullable(Uuid),
    createdAt: Timestamp,
    key: Type.String({ description: 'The secret, shown this once: store it now.' }),
  }),
);

export const PartnerWithKey = Type.Object({ partner: Partner, apiKey: CreatedApiKey });
