import type { Static } from 'typebox';
import { findCustomer, insertCustomer, updateCustomer, type CustomerRow } from '../db/customers.js';
import { changeOf, recordEvent } from '../db/events.js';
import { findSlaDefinition } from '../db/slaDefinitions.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { BillingStatusChange, CustomerPatch, NewCustomer } from '../schemas/customers.js';
import { lockVersioned, type CallerContext, type Context, type Tx } from './context.js';

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

/** Another customer of the partner already has this Entra tenant id. */
function asTenantIdTaken(error: unknown): never {
  if ((error as { constraint?: string }).constraint === 'customers_tenant_id_unique') {
    throw new ProblemError('tenant-id-taken', 'Another customer of this partner already has this tenantId.');
  }
  throw error;
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
    data,
  });

export async function createCustomer(
  tx: Tx,
  ctx: CallerContext,
  input: Static<typeof NewCustomer>,
): Promise<CustomerRow> {
  await assertAssignable(tx, input.slaDefinitionId);
  const created = await insertCustomer(tx, {
    partnerId: ctx.caller.partnerId,
    name: input.name,
    domain: input.domain.toLowerCase(),
    tenantId: input.tenantId.toLowerCase(),
    billingStatus: 'active',
    slaDefinitionId: input.slaDefinitionId ?? null,
    contacts: input.contacts ?? [],
  }).catch(asTenantIdTaken);
  await recordCustomerEvent(tx, ctx, 'created', created, { after: created });
  return created;
}

/** Locks a customer for a change (honouring If-Match), then reads it as it now stands. */
async function lockCustomer(tx: Tx, ctx: Context, id: string): Promise<CustomerRow> {
  await lockVersioned(tx, ctx, 'customers', id);
  return (await findCustomer(tx, id))!;
}

export async function changeCustomer(
  tx: Tx,
  ctx: Context,
  id: string,
  input: Static<typeof CustomerPatch>,
): Promise<CustomerRow> {
  const before = await lockCustomer(tx, ctx, id);
  await assertAssignable(tx, input.slaDefinitionId);
  const changes = { ...input, domain: input.domain?.toLowerCase(), tenantId: input.tenantId?.toLowerCase() };
  const after = await updateCustomer(tx, id, changes).catch(asTenantIdTaken);
  const fields = Object.keys(input) as (keyof typeof input & keyof typeof after)[];
  await recordCustomerEvent(tx, ctx, 'updated', after, changeOf(fields, before, after));
  return after;
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
