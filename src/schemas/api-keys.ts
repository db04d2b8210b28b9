import Type from 'typebox';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
import { PartnerKind, Role } from './vocabularies.js';

const apiKeyProperties = {
  id: Uuid,
  name: Type.String(),
  role: Role,
  customerId: Nullable(Uuid, { description: 'the customer a customer_user key acts for' }),
  createdAt: Timestamp,
  revokedAt: Nullable(Timestamp),
};

export const ApiKey = component(
  'ApiKey',
  Type.Object(apiKeyProperties, { description: 'An API key; its secret is never shown again' }),
);

export const ApiKeyPage = component('ApiKeyPage', Page(ApiKey, "One page of ApiKey items, in the list's order"));

export const CreatedApiKey = component(
  'CreatedApiKey',
  Type.Object({ ...apiKeyProperties, key: Type.String({ description: 'The secret, shown this once: store it now.' }) }),
);

export const NewApiKey = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'who or what uses the key, e.g. "Dynamics CRM sync"',
    }),
    role: Role,
    customerId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    description: 'A customer_user key names the customer it acts for (customerId); other roles do not.',
  },
);

export const Me = Type.Object({
  keyId: Uuid,
  name: Type.String({ description: "the key's name" }),
  role: Role,
  customerId: Nullable(Uuid),
  partner: Type.Object({ id: Uuid, name: Type.String(), kind: PartnerKind }),
});
