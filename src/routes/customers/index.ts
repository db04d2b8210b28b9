import Type from 'typebox';
import { listSubjectEvents } from '../../db/events.js';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import {
  BillingStatusChange,
  Customer,
  CustomerPage,
  CustomerPatch,
  CustomerQuery,
  ExternalRefParams,
  NewCustomer,
} from '../../schemas/customers.js';
import { EventPage } from '../../schemas/events.js';
import { IdParams } from '../../schemas/shared.js';
import {
  changeCustomer,
  createCustomer,
  listVisibleCustomers,
  presentCustomer,
  setBillingStatus,
  syncCustomer,
  visibleCustomer,
} from '../../services/customers.js';

export default async function customerRoutes(app: App) {
  app.post(
    '/customers',
    {
      schema: {
        operationId: 'createCustomer',
        tags: ['customers'],
        summary: 'Add a customer',
        body: NewCustomer,
        response: responses({ 201: Customer }, 'tenant-id-taken', 422),
      },
      config: { access: 'customers:write' },
    },
    async (request, reply) => {
      const customer = await request.inTenant((tx) => createCustomer(tx, ctxOf(request), request.body));
      return reply.code(201).header('location', `/v1/customers/${customer.id}`).send(customer);
    },
  );

  app.get(
    '/customers',
    {
      schema: {
        operationId: 'listCustomers',
        tags: ['customers'],
        summary: 'Customers, oldest first (a customer user sees only itself)',
        querystring: Type.Object({ ...PageQuery, ...CustomerQuery }, { additionalProperties: false }),
        response: responses({ 200: CustomerPage }),
      },
      config: { access: 'customers:read' },
    },
    async (request) => {
      const page = await request.readInTenant((tx) =>
        paginate(
          request,
          tx,
          'customers',
          (after, limit) => listVisibleCustomers(tx, ctxOf(request), request.query, after, limit),
          (customer) => [customer.createdAt, customer.id],
        ),
      );
      return { ...page, data: page.data.map((customer) => presentCustomer(customer, ctxOf(request))) };
    },
  );

  app.get(
    '/customers/:id',
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
    async (request) =>
      presentCustomer(
        await request.inTenant((tx) => visibleCustomer(tx, request.params.id), { oneStatement: true }),
        ctxOf(request),
      ),
  );

  app.patch(
    '/customers/:id',
    {
      schema: {
        operationId: 'updateCustomer',
        tags: ['customers'],
        summary: "Change a customer's name, domain, tenant id, SLA definition or contacts; honours If-Match",
        params: IdParams,
        body: CustomerPatch,
        response: responses({ 200: Customer }, 404, 'tenant-id-taken', 412, 422),
      },
      config: { access: 'customers:write' },
    },
    async (request) => request.inTenant((tx) => changeCustomer(tx, ctxOf(request), request.params.id, request.body)),
  );

  app.put(
    '/customers/by-external-ref/:system/:externalId',
    {
      schema: {
        operationId: 'putCustomerByExternalRef',
        tags: ['customers'],
        summary:
          "Create or update the customer an integration's record names (a CRM sync: one idempotent call per record)",
        description:
          'The customer carrying this reference (else the one with the same tenantId, which then gains the reference) ' +
          'takes the fields sent, and answers 200; with none, the customer is created with the reference and answers 201 ' +
          'with Location. Fields not sent are kept; sending what the customer already is changes nothing (no new version, ' +
          'no event). Honours If-Match (on a customer that does not exist yet, any If-Match fails with 412).',
        params: ExternalRefParams,
        body: NewCustomer,
        response: responses({ 200: Customer, 201: Customer }, 'tenant-id-taken', 'external-ref-taken', 412, 422),
      },
      config: { access: 'customers:write' },
    },
    async (request, reply) => {
      const ref = { system: request.params.system, id: request.params.externalId };
      const { customer, status } = await request.inTenant((tx) =>
        syncCustomer(tx, ctxOf(request), request.body, [ref], ref),
      );
      if (status !== 'created') return customer;
      return reply.code(201).header('location', `/v1/customers/${customer.id}`).send(customer);
    },
  );

  app.put(
    '/customers/:id/billing-status',
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
    async (request) => request.inTenant((tx) => setBillingStatus(tx, ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/customers/:id/events',
    {
      schema: {
        operationId: 'listCustomerEvents',
        tags: ['customers'],
        summary: "The customer's history: creation, changes, billing status changes with their reasons",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: EventPage }, 404),
      },
      config: { access: 'customers:history' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const customer = await visibleCustomer(tx, request.params.id);
        return paginate(
          request,
          tx,
          `customer-events:${customer.id}`,
          (after, limit) => listSubjectEvents(tx, { type: 'customer', id: customer.id }, false, after, limit),
          (event) => [event.position],
        );
      }),
  );
}
