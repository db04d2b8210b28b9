import type { Static } from 'typebox';
import type { BillingStatus } from '../domain/customers.js';
import type { Targets } from '../domain/sla.js';
import type { BusinessHours } from '../domain/slaClock.js';
import { parseExternalRef, type ExternalRef, type Metadata } from '../domain/integrations.js';
import type { Category } from '../domain/supportRequests.js';
import type { Keyset } from './lists.js';
import { assignments, listInCreationOrder } from './lists.js';
import { prepared, type Client } from './pool.js';
import type { Contact as ContactSchema, Customer } from '../schemas/customers.js';

/** A customer as stored is a customer as served. */
export type CustomerRow = Static<typeof Customer>;
type Contact = Static<typeof ContactSchema>;

const customerColumns = `
  id, name, domain, tenant_id as "tenantId", billing_status as "billingStatus",
  suspended_products as "suspendedProducts", sla_definition_id as "slaDefinitionId",
  sla_coverage as "slaCoverage", contacts, effective_language as language, external_refs as "externalRefs", tags, metadata, version,
  created_at as "createdAt", updated_at as "updatedAt"`;

export interface NewCustomerRow {
  partnerId: string;
  name: string;
  domain: string;
  tenantId: string;
  billingStatus: BillingStatus;
  slaDefinitionId: string | null;
  contacts: Contact[];
  language: string | null;
  externalRefs: ExternalRef[];
  tags: string[];
  metadata: Metadata;
}

export async function insertCustomer(client: Client, customer: NewCustomerRow): Promise<CustomerRow> {
  const { rows } = await client.query<{ id: string }>(
    `insert into customers (partner_id, name, domain, tenant_id, billing_status, sla_definition_id, contacts,
                            external_refs, tags, metadata, language)
     values ($1::uuid, $2::text, $3::text, $4::uuid, $5::text, $6::uuid, $7::jsonb, $8::jsonb, $9::text[], $10::jsonb,
             $11::text)
     returning id`,
    [
      customer.partnerId,
      customer.name,
      customer.domain,
      customer.tenantId,
      customer.billingStatus,
      customer.slaDefinitionId,
      JSON.stringify(customer.contacts),
      JSON.stringify(customer.externalRefs),
      customer.tags,
      JSON.stringify(customer.metadata),
      customer.language,
    ],
  );
  return (await findCustomer(client, rows[0]!.id))!;
}

export async function findCustomer(client: Client, id: string): Promise<CustomerRow | undefined> {
  const { rows } = await client.query<CustomerRow>({
    ...prepared(`select ${customerColumns} from customers_with_coverage where id = $1::uuid`),
    values: [id],
  });
  return rows[0];
}

export interface CustomerFilter {
  billingStatus?: BillingStatus;
  slaDefinitionId?: string;
  /** Only customers that no published definition covers (R6 compliance). */
  uncovered?: boolean;
  tenantId?: string;
  domain?: string;
  /** `system:id` */
  externalRef?: string;
  /** Customers carrying every one of these tags. */
  tag?: string[];
  /** Words found in the name, domain or tenant id (accents and case ignored). */
  q?: string;
}

/** A LIKE pattern matching `text` anywhere, its own wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listCustomers(
  client: Client,
  filter: CustomerFilter,
  after: Keyset | undefined,
  limit: number,
): Promise<CustomerRow[]> {
  const ref = filter.externalRef === undefined ? undefined : parseExternalRef(filter.externalRef);
  return listInCreationOrder<CustomerRow>(
    client,
    {
      from: 'customers_with_coverage',
      columns: customerColumns,
      where: [
        '($4::text is null or billing_status = $4::text)',
        '($5::uuid is null or covering_definition_id = $5::uuid)',
        '(not $6::boolean or covering_definition_id is null)',
        '($7::uuid is null or tenant_id = $7::uuid)',
        '($8::text is null or domain = lower($8::text))',
        `($9::text is null or id = (select resource_id from external_refs
                                     where resource_type = 'customer' and system = $9::text and external_id = $10::text))`,
        '($11::text[] is null or tags @> $11::text[])',
        '($12::text is null or search_text like lower(fold_accents($12::text)))',
      ],
      params: [
        filter.billingStatus ?? null,
        filter.slaDefinitionId ?? null,
        filter.uncovered ?? false,
        filter.tenantId ?? null,
        filter.domain ?? null,
        ref?.system ?? null,
        ref?.id ?? null,
        filter.tag ?? null,
        filter.q === undefined ? null : containing(filter.q),
      ],
    },
    after,
    limit,
  );
}

export interface CustomerChanges {
  name?: string;
  domain?: string;
  tenantId?: string;
  slaDefinitionId?: string | null;
  contacts?: Contact[];
  billingStatus?: BillingStatus;
  suspendedProducts?: string[];
  externalRefs?: ExternalRef[];
  tags?: string[];
  metadata?: Metadata;
  /** null: the partner's. */
  language?: string | null;
}

const changeableColumns = {
  name: 'name::text',
  domain: 'domain::text',
  tenantId: 'tenant_id::uuid',
  slaDefinitionId: 'sla_definition_id::uuid',
  contacts: 'contacts::jsonb',
  billingStatus: 'billing_status::text',
  suspendedProducts: 'suspended_products::text[]',
  externalRefs: 'external_refs::jsonb',
  tags: 'tags::text[]',
  metadata: 'metadata::jsonb',
  language: 'language::text',
};

export async function updateCustomer(client: Client, id: string, changes: CustomerChanges): Promise<CustomerRow> {
  const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
  const encoded = {
    ...changes,
    contacts: json(changes.contacts),
    externalRefs: json(changes.externalRefs),
    metadata: json(changes.metadata),
  };
  const set = assignments(encoded, changeableColumns, 2);
  await client.query(
    `update customers set ${[...set.set, 'version = version + 1', 'updated_at = now()'].join(', ')} where id = $1::uuid`,
    [id, ...set.values],
  );
  return (await findCustomer(client, id))!;
}

/** How many customers rely on this definition: assigned to it, or on the default when it is the default. */
export async function countCustomersCoveredBy(client: Client, definitionId: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `select count(*)::int as count from customers_with_coverage where covering_definition_id = $1::uuid
        or sla_definition_id = $1::uuid`,
    [definitionId],
  );
  return rows[0]!.count;
}

/** Customers no published definition covers: how many, and the first `sample` of them. */
export async function uncoveredCustomers(client: Client, sample: number): Promise<{ count: number; ids: string[] }> {
  const { rows } = await client.query<{ count: number; ids: string[] | null }>(
    `select count(*)::int as count, (array_agg(id order by created_at, id))[1:$1::int] as ids
       from customers_with_coverage where covering_definition_id is null`,
    [sample],
  );
  return { count: rows[0]!.count, ids: rows[0]!.ids ?? [] };
}

/** The terms of the published SLA definition covering a customer, as intake needs them. */
export interface CoveringTerms {
  id: string;
  version: number;
  supportTypes: Category[];
  hours: BusinessHours;
  targets: Targets;
}

/** What intake decides on: a customer and the terms of the published definition covering it. */
export interface CustomerIntake {
  customer: CustomerRow;
  terms: CoveringTerms | null;
}

/** A customer and the terms that cover it, in one round trip. */
export async function findCustomerForIntake(client: Client, id: string): Promise<CustomerIntake | undefined> {
  const { rows } = await client.query<CustomerRow & { terms: CoveringTerms | null }>({
    ...prepared(
      `select ${customerColumns},
              (select json_build_object('id', d.id, 'version', d.version, 'supportTypes', d.support_types, 'hours', d.hours, 'targets', d.targets)
                 from sla_definitions d where d.id = c.covering_definition_id) as terms
         from customers_with_coverage c where c.id = $1::uuid`,
    ),
    values: [id],
  });
  const row = rows[0];
  if (!row) return undefined;
  const { terms, ...customer } = row;
  return { customer, terms };
}

/**
 * The customer an integration's record names: the one carrying any of `refs`, else the one with
 * `tenantId` (how a CRM sync and an import find what they already wrote).
 */
export async function matchCustomer(
  client: Client,
  refs: { system: string; id: string }[],
  tenantId: string,
): Promise<string | undefined> {
  const { rows } = await client.query<{ id: string | null }>(
    `select coalesce(
       (select e.resource_id from external_refs e
          join unnest($1::text[], $2::text[]) as wanted (system, external_id) using (system, external_id)
         where e.resource_type = 'customer'
         limit 1),
       (select id from customers where tenant_id = $3::uuid)) as id`,
    [refs.map((ref) => ref.system), refs.map((ref) => ref.id), tenantId],
  );
  return rows[0]!.id ?? undefined;
}
