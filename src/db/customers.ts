import type { Static } from 'typebox';
import type { BillingStatus } from '../domain/customers.js';
import type { Targets } from '../domain/sla.js';
import type { BusinessHours } from '../domain/slaClock.js';
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
  sla_coverage as "slaCoverage", contacts, version, created_at as "createdAt", updated_at as "updatedAt"`;

export interface NewCustomerRow {
  partnerId: string;
  name: string;
  domain: string;
  tenantId: string;
  billingStatus: BillingStatus;
  slaDefinitionId: string | null;
  contacts: Contact[];
}

export async function insertCustomer(client: Client, customer: NewCustomerRow): Promise<CustomerRow> {
  const { rows } = await client.query<{ id: string }>(
    `insert into customers (partner_id, name, domain, tenant_id, billing_status, sla_definition_id, contacts)
     values ($1::uuid, $2::text, $3::text, $4::uuid, $5::text, $6::uuid, $7::jsonb)
     returning id`,
    [
      customer.partnerId,
      customer.name,
      customer.domain,
      customer.tenantId,
      customer.billingStatus,
      customer.slaDefinitionId,
      JSON.stringify(customer.contacts),
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
}

export function listCustomers(
  client: Client,
  filter: CustomerFilter,
  after: Keyset | undefined,
  limit: number,
): Promise<CustomerRow[]> {
  return listInCreationOrder<CustomerRow>(
    client,
    {
      from: 'customers_with_coverage',
      columns: customerColumns,
      where: [
        '($4::text is null or billing_status = $4::text)',
        '($5::uuid is null or covering_definition_id = $5::uuid)',
        '(not $6::boolean or covering_definition_id is null)',
      ],
      params: [filter.billingStatus ?? null, filter.slaDefinitionId ?? null, filter.uncovered ?? false],
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
}

const changeableColumns = {
  name: 'name::text',
  domain: 'domain::text',
  tenantId: 'tenant_id::uuid',
  slaDefinitionId: 'sla_definition_id::uuid',
  contacts: 'contacts::jsonb',
  billingStatus: 'billing_status::text',
  suspendedProducts: 'suspended_products::text[]',
};

export async function updateCustomer(client: Client, id: string, changes: CustomerChanges): Promise<CustomerRow> {
  const encoded = { ...changes, contacts: changes.contacts && JSON.stringify(changes.contacts) };
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

/** A customer and the terms that cover it, in one round trip (intake runs this on every request). */
export async function findCustomerForIntake(
  client: Client,
  id: string,
): Promise<{ customer: CustomerRow; terms: CoveringTerms | null } | undefined> {
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
