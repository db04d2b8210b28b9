import Type, { type TInteger } from 'typebox';
import {
  importProgress,
  importStatuses,
  integrationLimits,
  systemPattern,
  type ImportStatus,
} from '../domain/integrations.js';
import { LanguageTag, Nullable, Page, Timestamp, Uuid, component } from './common.js';
import { ExternalRefs, IntegrationQuery, Metadata, MetadataChange, Tags } from './shared.js';
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
    language: {
      ...LanguageTag,
      description: "the language the partner writes to the customer in: its own, else the partner's",
    },
    externalRefs: ExternalRefs,
    tags: Tags,
    metadata: Metadata,
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
    language: Type.Optional({
      ...LanguageTag,
      description: "the language to write to the customer in (BCP 47); omitted: the partner's",
    }),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(Metadata),
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
    language: Type.Optional(
      Nullable(LanguageTag, { description: "the language to write to the customer in (BCP 47); null: the partner's" }),
    ),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(MetadataChange),
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
  tenantId: Type.Optional(
    Type.String({ format: 'uuid', description: 'the customer with this Microsoft Entra tenant id' }),
  ),
  domain: Type.Optional(Type.String({ maxLength: 253, description: 'customers with this domain (any case)' })),
  ...IntegrationQuery,
};

export const ExternalRefParams = Type.Object({
  system: Type.String({ pattern: systemPattern, description: 'the other system, e.g. hubspot' }),
  externalId: Type.String({ minLength: 1, maxLength: 200, description: "the customer's id in that system" }),
});

/** Partner Center's customer, as its export and API give it: what an import reads of it. */
const PartnerCenterCustomer = Type.Object(
  {
    companyProfile: Type.Object({
      tenantId: TenantId,
      companyName: Type.String({ minLength: 1, maxLength: 200 }),
      domain: Domain,
    }),
  },
  { description: "Partner Center's customer shape (its other fields are ignored)" },
);

// Checked line by line in the service rather than by the route, so that a line that does not fit fails alone.
export const ImportItem = Type.Union([NewCustomer, PartnerCenterCustomer], {
  description:
    "a customer in this API's shape or in Partner Center's; matched on its external references, else its tenant id",
});

export const ImportBody = Type.Array(Type.Unknown(), {
  minItems: 1,
  maxItems: integrationLimits.importItems,
  description:
    "customers in this API's shape (NewCustomer) or in Partner Center's (`companyProfile.tenantId`, " +
    '`companyName`, `domain`), as a JSON array or as NDJSON (one per line); each line is checked on its own, ' +
    'so a line that does not fit fails alone',
});

export const ImportResult = component(
  'ImportResult',
  Type.Object({
    index: Type.Integer({ description: 'the line of the input, from 0' }),
    status: Type.Enum(importStatuses),
    id: Nullable(Uuid, { description: 'the customer; null when the line failed before one was found' }),
    problem: Type.Optional(
      Type.Object(
        { code: Type.String(), detail: Type.String() },
        { description: 'why the line failed; nothing of a failed line was written' },
      ),
    ),
  }),
);

export const Import = component(
  'Import',
  Type.Object({
    id: Uuid,
    status: Type.Enum(importProgress),
    total: Type.Integer({ description: 'lines in the input' }),
    counts: Type.Object(
      Object.fromEntries(importStatuses.map((status) => [status, Type.Integer()])) as Record<ImportStatus, TInteger>,
      { description: 'lines by result so far' },
    ),
    results: Nullable(Type.Array(ImportResult), { description: 'one per input line, once completed' }),
    createdAt: Timestamp,
    completedAt: Nullable(Timestamp),
  }),
);
