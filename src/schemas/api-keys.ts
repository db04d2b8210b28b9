import Type from 'typebox';
import { At, CreatedAt, Id, Nullable, Page, Uuid, component } from './common.js';
import * as ex from './examples.js';
import { PartnerKind, Role } from './vocabularies.js';

const apiKeyProperties = {
  id: Id("the key's id"),
  name: Type.String({ description: 'who or what uses the key' }),
  role: { ...Role, description: 'what the key may do' },
  customerId: Nullable(Uuid, { description: 'the customer a customer_user key acts for' }),
  createdAt: CreatedAt,
  revokedAt: Nullable(At('when'), { description: 'when it was revoked; null: in use' }),
};

export const ApiKey = component(
  'ApiKey',
  Type.Object(apiKeyProperties, { description: 'An API key; its secret is never shown again', examples: [ex.apiKey] }),
);

export const ApiKeyPage = component(
  'ApiKeyPage',
  Page(ApiKey, "One page of ApiKey items, in the list's order", ex.apiKey),
);

export const CreatedApiKey = component(
  'CreatedApiKey',
  Type.Object(
    { ...apiKeyProperties, key: Type.String({ description: 'The secret, shown this once: store it now.' }) },
    { description: 'A new API key, with its secret', examples: [ex.createdApiKey] },
  ),
);

export const NewApiKey = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'who or what uses the key, e.g. "Dynamics CRM sync"',
    }),
    role: { ...Role, description: 'what the key may do' },
    customerId: Type.Optional(Id('the customer a customer_user key acts for')),
  },
  {
    additionalProperties: false,
    description: 'A customer_user key names the customer it acts for (customerId); other roles do not.',
    examples: [ex.newApiKey],
  },
);

export const Me = Type.Object(
  {
    keyId: Id("the calling key's id"),
    name: Type.String({ description: "the key's name" }),
    role: { ...Role, description: "the key's role" },
    customerId: Nullable(Uuid, { description: 'the customer a customer_user key acts for; null otherwise' }),
    partner: Type.Object(
      {
        id: Id("the partner's id"),
        name: Type.String({ description: "the partner's company name" }),
        kind: { ...PartnerKind, description: 'how the partner sells' },
      },
      { description: 'the partner the key belongs to' },
    ),
  },
  { examples: [ex.me] },
);
