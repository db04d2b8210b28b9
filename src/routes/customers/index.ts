import Type from 'typebox';
import type { FastifyRequest } from 'fastify';
import { findCustomer, insertCustomer, listCustomers, updateCustomer, type CustomerRow } from '../../db/customers.js';
import { changeOf, listSubjectEvents, recordEvent } from '../../db/events.js';
import type { Client } from '../../db/pool.js';
import { findSlaDefinition } from '../../db/slaDefinitions.js';
import { actorOf } from '../../http/access.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError } from '../../http/problem.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import { lockCurrent } from '../../http/versioning.js';
import { Event, IdParams } from '../../schemas/shared.js';
import { BillingStatusChange, Customer, CustomerPatch, CustomerQuery, NewCustomer } from '../../schemas/customers.js';

/** A customer is covered by a published definition of its own partner, or by the default (R6). */
async function assertAssignable(client: Client, slaDefinitionId: string | null | undefined): Promise<void> {
  if (!slaDefinitionId) return;
  const definition = await findSlaDefinition(client, slaDefinitionId);
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

async function visibleCustomer(client: Client, id: string): Promise<CustomerRow> {
  // Row-level security already hides other customers from a customer user.
  const customer = await findCustomer(client, id);
  if (!customer) throw new ProblemError('not-found', 'No such customer.');
  return customer;
}

const recordCustomerEvent = (
  request: FastifyRequest,
  client: Client,
  type: string,
  customer: CustomerRow,
  data: Record<string, unknown>,
) =>
  recordEvent(client, {
    type: `customer.${type}`,
    subject: { type: 'customer', id: customer.id },
    actor: actorOf(request),
    data,
  });

export default async function customerRoutes(app: App) {
  app.post(
    '/v1/customers',
    {
      schema: {
        operationId: 'createCustomer',
        tags: ['customers'],
        summary: 'Add a customer',
        body: NewCustomer,
        response: responses({ 201: Customer }, 409, 422),
      },
      config: { access: 'customers:write' },
    },
    async (request, reply) => {
      const body = request.body;
      const customer = await request.inTenant(async (client) => {
        await assertAssignable(client, body.slaDefinitionId);
        const created = await insertCustomer(client, {
          partnerId: request.principal.partnerId,
          name: body.name,
          domain: body.domain.toLowerCase(),
          tenantId: body.tenantId.toLowerCase(),
          billingStatus: 'active',
          slaDefinitionId: body.slaDefinitionId ?? null,
          contacts: body.contacts ?? [],
        }).catch(asTenantIdTaken);
        await recordCustomerEvent(request, client, 'created', created, { after: created });
        return created;
      });
      return reply.code(201).header('location', `/v1/customers/${customer.id}`).send(customer);
    },
  );

  app.get(
    '/v1/customers',
    {
      schema: {
        operationId: 'listCustomers',
        tags: ['customers'],
        summary: 'Customers, oldest first (a customer user sees only itself)',
        querystring: Type.Object({ ...PageQuery, ...CustomerQuery }, { additionalProperties: false }),
        response: responses({ 200: Page(Customer) }),
      },
      config: { access: 'customers:read' },
    },
    async (request) =>
      request.inTenant((client) =>
        paginate(
          request,
          client,
          'customers',
          (after, limit) => listCustomers(client, request.query, after, limit),
          (customer) => [customer.createdAt, customer.id],
        ),
      ),
  );

  app.get(
    '/v1/customers/:id',
    {
      schema: {
        operationId: 'getCustomer',
        tags: ['customers'],
        summary: 'One customer, with the SLA definition that covers it',
        params: IdParams,
        response: responses({ 200: Customer }, 404),
      },
      config: { access: 'customers:read' },
    },
    async (request) => request.inTenant((client) => visibleCustomer(client, request.params.id)),
  );

  app.patch(
    '/v1/customers/:id',
    {
      schema: {
        operationId: 'updateCustomer',
        tags: ['customers'],
        summary: "Change a customer's name, domain, tenant id, SLA definition or contacts; honours If-Match",
        params: IdParams,
        body: CustomerPatch,
        response: responses({ 200: Customer }, 404, 409, 412, 422),
      },
      config: { access: 'customers:write' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        await lockCurrent(request, client, 'customers', request.params.id);
        await assertAssignable(client, request.body.slaDefinitionId);
        const before = (await findCustomer(client, request.params.id))!;
        const changes = {
          ...request.body,
          domain: request.body.domain?.toLowerCase(),
          tenantId: request.body.tenantId?.toLowerCase(),
        };
        const after = await updateCustomer(client, request.params.id, changes).catch(asTenantIdTaken);
        const fields = Object.keys(request.body) as (keyof typeof request.body & keyof typeof after)[];
        await recordCustomerEvent(request, client, 'updated', after, changeOf(fields, before, after));
        return after;
      }),
  );

  app.put(
    '/v1/customers/:id/billing-status',
    {
      schema: {
        operationId: 'putCustomerBillingStatus',
        tags: ['customers'],
        summary:
          'Set the billing status and suspended products (R7: for what is suspended, billing and subscription requests only)',
        description: "The reason is kept in the customer's history. Honours If-Match.",
        params: IdParams,
        body: BillingStatusChange,
        response: responses({ 200: Customer }, 404, 412),
      },
      config: { access: 'customers:billing' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const { billingStatus, reason, suspendedProducts = [] } = request.body;
        if (billingStatus === 'suspended' && suspendedProducts.length > 0) {
          throw invalidFields([
            { path: '/suspendedProducts', message: 'must be empty when the whole customer is suspended' },
          ]);
        }
        await lockCurrent(request, client, 'customers', request.params.id);
        const before = (await findCustomer(client, request.params.id))!;
        const after = await updateCustomer(client, request.params.id, { billingStatus, suspendedProducts });
        await recordCustomerEvent(request, client, 'billing_status_changed', after, {
          from: before.billingStatus,
          to: after.billingStatus,
          reason,
          suspendedProducts,
        });
        return after;
      }),
  );

  app.get(
    '/v1/customers/:id/events',
    {
      schema: {
        operationId: 'listCustomerEvents',
        tags: ['customers'],
        summary: "The customer's history: creation, changes, billing status changes with their reasons",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(Event) }, 404),
      },
      config: { access: 'customers:history' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const customer = await visibleCustomer(client, request.params.id);
        return paginate(
          request,
          client,
          `customer-events:${customer.id}`,
          (after, limit) => listSubjectEvents(client, { type: 'customer', id: customer.id }, false, after, limit),
          (event) => [event.position],
        );
      }),
  );
}
