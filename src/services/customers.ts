import type { Static } from 'typebox';
import {
  findCustomer,
  insertCustomer,
  listCustomers,
  matchCustomer,
  updateCustomer,
  type CustomerChanges,
  type CustomerFilter,
  type CustomerRow,
} from '../db/customers.js';
import { canonicalJson } from '../domain/canonicalJson.js';
import { changeOf, recordEvent } from '../db/events.js';
import { findSlaDefinition } from '../db/slaDefinitions.js';
import { mergeMetadata, normalTags, withRef, type ExternalRef } from '../domain/integrations.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { Keyset } from '../db/lists.js';
import { assertIntegrationFields, assertTagFilterAllowed } from './integrations.js';
import type { BillingStatusChange, CustomerPatch, NewCustomer } from '../schemas/customers.js';
import { lockVersioned, type Caller, type Context, type Tx } from './context.js';

/** Customer flows need the calling key's partner, and no setting: an import job runs them too. */
export type CustomerContext = Context & { caller: Caller };

/** Customers: adding one, changing it, and its billing status (R7), each with its history event. */

/** A customer is covered by a published definition of its own partner, or by the default (R6). */
async function assertAssignable(tx: Tx, slaDefinitionId: string | null | undefined): Promise<void> {
  if (!slaDefinitionId) return;
  const definition = await findSlaDefinition(tx, slaDefinitionId);
  if (definition?.status !== 'published') {
    throw new ProblemError(
      'invalid-reference',
      'slaDefinitionId must name a published SLA definition of this partner.',
    );
  }
}

/** Another customer of the partner already has this Entra tenant id, or one of these references. */
function asTaken(error: unknown): never {
  const { constraint } = error as { constraint?: string };
  if (constraint === 'customers_tenant_id_unique') {
    throw new ProblemError('tenant-id-taken', 'Another customer of this partner already has this tenantId.');
  }
  if (constraint === 'external_refs_taken') {
    throw new ProblemError(
      'external-ref-taken',
      'Another customer of this partner already has this external reference.',
    );
  }
  throw error;
}

/** What a customer user sees of its own customer: not the partner's tags and metadata. */
export function presentCustomer(customer: CustomerRow, ctx: CustomerContext): CustomerRow {
  return ctx.caller.customerId ? { ...customer, tags: [], metadata: {} } : customer;
}

/** Customers as the caller may list them (row-level security keeps a customer user to its own). */
export function listVisibleCustomers(
  tx: Tx,
  ctx: CustomerContext,
  filter: CustomerFilter,
  after: Keyset | undefined,
  limit: number,
): Promise<CustomerRow[]> {
  assertTagFilterAllowed(ctx.caller, filter.tag);
  return listCustomers(tx, filter, after, limit);
}

export async function visibleCustomer(tx: Tx, id: string): Promise<CustomerRow> {
  // Row-level security already hides other customers from a customer user.
  const customer = await findCustomer(tx, id);
  if (!customer) throw new ProblemError('not-found', 'No such customer.');
  return customer;
}

const recordCustomerEvent = (
  tx: Tx,
  ctx: Context,
  type: string,
  customer: CustomerRow,
  data: Record<string, unknown>,
) =>
  recordEvent(tx, {
    type: `customer.${type}`,
    subject: { type: 'customer', id: customer.id },
    actor: ctx.actor,
    // A receiver maps the customer to its own records without a lookup.
    data: { ...data, externalRefs: customer.externalRefs },
  });

/** A customer's fields as stored: domain and tenant id in lower case, tags as a sorted set. */
function normalized(input: Static<typeof NewCustomer>) {
  return {
    name: input.name,
    domain: input.domain.toLowerCase(),
    tenantId: input.tenantId.toLowerCase(),
    slaDefinitionId: input.slaDefinitionId,
    contacts: input.contacts,
    language: input.language,
    externalRefs: input.externalRefs,
    tags: input.tags && normalTags(input.tags),
    metadata: input.metadata,
  };
}

export async function createCustomer(
  tx: Tx,
  ctx: CustomerContext,
  input: Static<typeof NewCustomer>,
): Promise<CustomerRow> {
  await assertAssignable(tx, input.slaDefinitionId);
  assertIntegrationFields(input);
  const fields = normalized(input);
  const created = await insertCustomer(tx, {
    ...fields,
    partnerId: ctx.caller.partnerId,
    billingStatus: 'active',
    slaDefinitionId: fields.slaDefinitionId ?? null,
    contacts: fields.contacts ?? [],
    language: fields.language ?? null,
    externalRefs: fields.externalRefs ?? [],
    tags: fields.tags ?? [],
    metadata: fields.metadata ?? {},
  }).catch(asTaken);
  await recordCustomerEvent(tx, ctx, 'created', created, { after: created });
  return created;
}

/** Locks a customer for a change (honouring If-Match), then reads it as it now stands. */
async function lockCustomer(tx: Tx, ctx: Context, id: string): Promise<CustomerRow> {
  await lockVersioned(tx, ctx, 'customers', id);
  return (await findCustomer(tx, id))!;
}

/** Saves changes to a locked customer, with the `customer.updated` event naming what they change. */
async function saveChanges(tx: Tx, ctx: Context, before: CustomerRow, changes: CustomerChanges): Promise<CustomerRow> {
  assertIntegrationFields(changes);
  const after = await updateCustomer(tx, before.id, changes).catch(asTaken);
  const fields = (Object.keys(changes) as (keyof CustomerChanges)[]).filter((field) => changes[field] !== undefined);
  await recordCustomerEvent(tx, ctx, 'updated', after, changeOf(fields, before, after));
  return after;
}

export async function changeCustomer(
  tx: Tx,
  ctx: Context,
  id: string,
  input: Static<typeof CustomerPatch>,
): Promise<CustomerRow> {
  const before = await lockCustomer(tx, ctx, id);
  await assertAssignable(tx, input.slaDefinitionId);
  return saveChanges(tx, ctx, before, {
    ...input,
    domain: input.domain?.toLowerCase(),
    tenantId: input.tenantId?.toLowerCase(),
    tags: input.tags && normalTags(input.tags),
    metadata: input.metadata && mergeMetadata(before.metadata, input.metadata),
  });
}

export type SyncStatus = 'created' | 'updated' | 'unchanged';

/**
 * Makes the partner's customer what an integration says it is, as one idempotent step: the
 * customer carrying one of `match` (else the one with the same tenant id) is updated with the
 * fields that differ, or left alone when none does; with no such customer, one is created.
 * `attach` is a reference the customer keeps whatever the input lists (the one a PUT names).
 */
export async function syncCustomer(
  tx: Tx,
  ctx: CustomerContext,
  input: Static<typeof NewCustomer>,
  match: { system: string; id: string }[],
  attach?: ExternalRef,
): Promise<{ customer: CustomerRow; status: SyncStatus }> {
  const id = await matchCustomer(tx, match, input.tenantId);
  if (!id) {
    if (ctx.ifMatch) throw new ProblemError('version-mismatch', 'No customer matches yet, so If-Match names none.');
    const externalRefs = withRef(input.externalRefs ?? [], attach);
    return { customer: await createCustomer(tx, ctx, { ...input, externalRefs }), status: 'created' };
  }
  const before = await lockCustomer(tx, ctx, id);
  await assertAssignable(tx, input.slaDefinitionId);
  const desired: CustomerChanges = {
    ...normalized(input),
    externalRefs: withRef(input.externalRefs ?? before.externalRefs, attach),
  };
  const changes = Object.fromEntries(
    Object.entries(desired).filter(
      ([field, value]) =>
        value !== undefined && canonicalJson(value) !== canonicalJson(before[field as keyof CustomerRow]),
    ),
  );
  if (Object.keys(changes).length === 0) return { customer: before, status: 'unchanged' };
  return { customer: await saveChanges(tx, ctx, before, changes), status: 'updated' };
}

/** Sets the billing status (R7); the reason is kept in the customer's history. */
export async function setBillingStatus(
  tx: Tx,
  ctx: Context,
  id: string,
  input: Static<typeof BillingStatusChange>,
): Promise<CustomerRow> {
  const { billingStatus, reason, suspendedProducts = [] } = input;
  if (billingStatus === 'suspended' && suspendedProducts.length > 0) {
    throw invalidFields([
      { path: '/suspendedProducts', message: 'must be empty when the whole customer is suspended' },
    ]);
  }
  const before = await lockCustomer(tx, ctx, id);
  const after = await updateCustomer(tx, id, { billingStatus, suspendedProducts });
  await recordCustomerEvent(tx, ctx, 'billing_status_changed', after, {
    from: before.billingStatus,
    to: after.billingStatus,
    reason,
    suspendedProducts,
  });
  return after;
}
