import Type from 'typebox';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
import { BillingStatus } from './vocabularies.js';

export const Contact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9][0-9 ().-]{4,30}$' }))),
  },
  { additionalProperties: false },
);

const Domain = Type.String({
  maxLength: 253,
  pattern: '^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$',
  description: 'e.g. contoso.onmicrosoft.com',
});
const TenantId = Type.String({ format: 'uuid', description: 'Microsoft Entra tenant id (GUID), unique per partner' });

const SuspendedProducts = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
  maxItems: 100,
  uniqueItems: true,
  description:
    'products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the ' +
    'customer raises billing and subscription requests only, about others anything (R7)',
});

export const Customer = component(
  'Customer',
  Type.Object({
    id: Uuid,
    name: Type.String(),
    domain: Type.String(),
    tenantId: Uuid,
    billingStatus: BillingStatus,
    suspendedProducts: SuspendedProducts,
    slaDefinitionId: Nullable(Uuid, { description: "its own SLA definition; null: the partner's default" }),
    slaCoverage: Nullable(
      Type.Object({ definitionId: Uuid, version: Type.Integer(), source: Type.Enum(['assigned', 'default']) }),
      {
        description:
          'the published definition that covers the customer now; null: none does (its requests are received uncovered, without an SLA)',
      },
    ),
    contacts: Type.Array(Contact),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);

export const CustomerPage = component(
  'CustomerPage',
  Page(Customer, "One page of Customer items, in the list's order"),
);

export const NewCustomer = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    domain: Domain,
    tenantId: TenantId,
    slaDefinitionId: Type.Optional(Nullable(Uuid)),
    contacts: Type.Optional(Type.Array(Contact, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const CustomerPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    domain: Type.Optional(Domain),
    tenantId: Type.Optional(TenantId),
    slaDefinitionId: Type.Optional(Nullable(Uuid)),
    contacts: Type.Optional(Type.Array(Contact, { maxItems: 50 })),
  },
  { additionalProperties: false, minProperties: 1, description: 'billingStatus changes through PUT …/billing-status' },
);

export const BillingStatusChange = Type.Object(
  {
    billingStatus: BillingStatus,
    reason: Type.String({ minLength: 1, maxLength: 2000, description: "kept in the customer's history" }),
    suspendedProducts: Type.Optional(SuspendedProducts),
  },
  {
    additionalProperties: false,
    description:
      '`suspended` suspends the whole customer; otherwise `suspendedProducts` (omitted: none) suspends those products ' +
      'only. Both at once is refused: a whole suspension already covers every product.',
  },
);

export const CustomerQuery = {
  billingStatus: Type.Optional(BillingStatus),
  slaDefinitionId: Type.Optional(Type.String({ format: 'uuid', description: 'customers covered by this definition' })),
  uncovered: Type.Optional(Type.Boolean({ description: 'only customers no published definition covers' })),
};
