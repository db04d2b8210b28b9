import Type, { type TInteger } from 'typebox';
import {
  importProgress,
  importStatuses,
  integrationLimits,
  systemPattern,
  type ImportStatus,
} from '../domain/integrations.js';
import { At, CreatedAt, Id, LanguageTag, Nullable, Page, UpdatedAt, Version, component } from './common.js';
import * as ex from './examples.js';
import { ExternalRefs, IntegrationQuery, Metadata, MetadataChange, Tags } from './shared.js';
import { BillingStatus } from './vocabularies.js';

export const Contact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'full name' }),
    email: Type.String({ format: 'email', maxLength: 254, description: 'email address' }),
    phone: Type.Optional(
      Nullable(Type.String({ pattern: '^\\+?[0-9][0-9 ().-]{4,30}$' }), {
        description: 'digits with optional +, spaces, dots, dashes, parentheses',
      }),
    ),
  },
  { additionalProperties: false, description: 'a person at the customer the partner talks to', examples: [ex.contact] },
);

const Domain = Type.String({
  maxLength: 253,
  pattern: '^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$',
  description: 'e.g. contoso.onmicrosoft.com',
});
const TenantId = Type.String({ format: 'uuid', description: 'Microsoft Entra tenant id (GUID), unique per partner' });

const AssignedDefinition = Nullable(Id('an SLA definition'), {
  description: "the customer's own published SLA definition; null or absent: the partner's default",
});
const Contacts = Type.Array(Contact, {
  maxItems: 50,
  description: 'the people the partner talks to; the first is the default requester',
});

const SuspendedProducts = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
  maxItems: 100,
  uniqueItems: true,
  description:
    'products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the ' +
    'customer raises billing and subscription requests only, about others anything (R7)',
});

export const Customer = component(
  'Customer',
  Type.Object(
    {
      id: Id("the customer's id"),
      name: Type.String({ description: 'the company name' }),
      domain: Type.String({ description: 'its Microsoft domain, e.g. contoso.onmicrosoft.com' }),
      tenantId: Id('its Microsoft Entra tenant id, unique per partner'),
      billingStatus: { ...BillingStatus, description: 'past_due and suspended follow non-payment (R7)' },
      suspendedProducts: SuspendedProducts,
      slaDefinitionId: Nullable(Id('an SLA definition'), {
        description: "its own SLA definition; null: the partner's default",
      }),
      slaCoverage: Nullable(
        Type.Object({
          definitionId: Id('the covering definition'),
          version: Type.Integer({ description: "that definition's terms version" }),
          source: Type.Enum(['assigned', 'default'], {
            description: "assigned: the customer's own definition; default: the partner's default",
          }),
        }),
        {
          description:
            'the published definition that covers the customer now; null: none does (its requests are received uncovered, without an SLA)',
        },
      ),
      contacts: Type.Array(Contact, {
        description: 'the people the partner talks to; the first is the default requester',
      }),
      language: {
        ...LanguageTag,
        description: "the language the partner writes to the customer in: its own, else the partner's",
      },
      externalRefs: ExternalRefs,
      tags: Tags,
      metadata: Metadata,
      version: Version,
      createdAt: CreatedAt,
      updatedAt: UpdatedAt,
    },
    { description: "One of the partner's CSP customers", examples: [ex.customer] },
  ),
);

export const CustomerPage = component(
  'CustomerPage',
  Page(Customer, "One page of Customer items, in the list's order", ex.customer),
);

export const NewCustomer = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'the company name' }),
    domain: Domain,
    tenantId: TenantId,
    slaDefinitionId: Type.Optional(AssignedDefinition),
    contacts: Type.Optional(Contacts),
    language: Type.Optional({
      ...LanguageTag,
      description: "the language to write to the customer in (BCP 47); omitted: the partner's",
    }),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(Metadata),
  },
  { additionalProperties: false, examples: [ex.newCustomer] },
);

export const CustomerPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the company name' })),
    domain: Type.Optional(Domain),
    tenantId: Type.Optional(TenantId),
    slaDefinitionId: Type.Optional(AssignedDefinition),
    contacts: Type.Optional(Contacts),
    language: Type.Optional(
      Nullable(LanguageTag, { description: "the language to write to the customer in (BCP 47); null: the partner's" }),
    ),
    externalRefs: Type.Optional(ExternalRefs),
    tags: Type.Optional(Tags),
    metadata: Type.Optional(MetadataChange),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'billingStatus changes through PUT …/billing-status',
    examples: [ex.customerPatch],
  },
);

export const BillingStatusChange = Type.Object(
  {
    billingStatus: { ...BillingStatus, description: 'the new standing' },
    reason: Type.String({ minLength: 1, maxLength: 2000, description: "kept in the customer's history" }),
    suspendedProducts: Type.Optional(SuspendedProducts),
  },
  {
    additionalProperties: false,
    description:
      '`suspended` suspends the whole customer; otherwise `suspendedProducts` (omitted: none) suspends those products ' +
      'only. Both at once is refused: a whole suspension already covers every product.',
    examples: [ex.billingStatusChange],
  },
);

export const CustomerQuery = {
  billingStatus: Type.Optional({ ...BillingStatus, description: 'only customers in this standing' }),
  slaDefinitionId: Type.Optional(Type.String({ format: 'uuid', description: 'customers covered by this definition' })),
  uncovered: Type.Optional(Type.Boolean({ description: 'only customers no published definition covers' })),
  tenantId: Type.Optional(
    Type.String({ format: 'uuid', description: 'the customer with this Microsoft Entra tenant id' }),
  ),
  domain: Type.Optional(Type.String({ maxLength: 253, description: 'customers with this domain (any case)' })),
  ...IntegrationQuery,
};

export const ExternalRefParams = Type.Object({
  system: Type.String({ pattern: systemPattern, description: 'the other system, e.g. dynamics365' }),
  externalId: Type.String({ minLength: 1, maxLength: 200, description: "the customer's id in that system" }),
});

/** Partner Center's customer, as its export and API give it: what an import reads of it. */
const PartnerCenterCustomer = Type.Object(
  {
    companyProfile: Type.Object(
      {
        tenantId: TenantId,
        companyName: Type.String({ minLength: 1, maxLength: 200, description: 'the company name' }),
        domain: Domain,
      },
      { description: "the customer's company profile" },
    ),
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
  examples: [ex.importBody],
});

export const ImportResult = component(
  'ImportResult',
  Type.Object(
    {
      index: Type.Integer({ description: 'the line of the input, from 0' }),
      status: Type.Enum(importStatuses, { description: 'what the line did' }),
      id: Nullable(Id('the customer'), { description: 'the customer; null when the line failed before one was found' }),
      problem: Type.Optional(
        Type.Object(
          {
            code: Type.String({ description: 'the problem code, as a request with this line would get' }),
            detail: Type.String({ description: 'what is wrong with the line' }),
          },
          { description: 'why the line failed; nothing of a failed line was written' },
        ),
      ),
    },
    { description: 'The result of one line of an import', examples: [ex.importResult] },
  ),
);

export const Import = component(
  'Import',
  Type.Object(
    {
      id: Id("the import's id"),
      status: Type.Enum(importProgress, { description: 'pending while a background job runs it' }),
      total: Type.Integer({ description: 'lines in the input' }),
      counts: Type.Object(
        Object.fromEntries(
          importStatuses.map((status) => [status, Type.Integer({ description: `lines ${status} so far` })]),
        ) as Record<ImportStatus, TInteger>,
        { description: 'lines by result so far' },
      ),
      results: Nullable(Type.Array(ImportResult), { description: 'one per input line, once completed' }),
      createdAt: CreatedAt,
      completedAt: Nullable(At('when'), { description: 'when the last line was done; null while pending' }),
    },
    { description: 'A customer import and its results', examples: [ex.customerImport] },
  ),
);
