import { Readable } from 'node:stream';
import Type from 'typebox';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import { EventPage } from '../../schemas/events.js';
import { RequestLinks } from '../../schemas/links.js';
import { IdParams } from '../../schemas/shared.js';
import { requestLinks } from '../../services/links.js';
import {
  Diagnosis,
  HealthCheck,
  NewNote,
  NewSupportRequest,
  Note,
  NotePage,
  RequestQuery,
  SupportRequest,
  SupportRequestPage,
  SupportRequestPatch,
  TransitionRequest,
} from '../../schemas/support-requests.js';
import {
  addNote,
  changeRequest,
  diagnoseRequest,
  exportRequests,
  isCustomer,
  listVisibleRequests,
  presentRequest,
  raiseRequest,
  requestHistory,
  requestNotes,
  transitionRequest,
  visibleRequest,
} from '../../services/supportRequests.js';
import { checkHealthLive } from '../../services/connectorsSync.js';

const tags = ['support-requests'];

export default async function supportRequestRoutes(app: App) {
  app.post(
    '/support-requests',
    {
      schema: {
        operationId: 'createSupportRequest',
        tags,
        summary: 'Raise a support request (R1: always with the partner)',
        description:
          'Never refused for missing SLA coverage: the partner receives every request (R6); one no published SLA ' +
          'definition covers (or whose definition does not offer its category) is received with `slaCoverage: uncovered` ' +
          'and `sla: null`, raises `support_request.uncovered` and shows in compliance. `422 customer-suspended` for what ' +
          'is suspended (the whole customer, or the product named) unless the category is billing or subscription (R7).',
        body: NewSupportRequest,
        response: responses({ 201: SupportRequest }, 'customer-suspended', 422),
      },
      config: { access: 'requests:create' },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const created = await request.inTenant((tx) => raiseRequest(tx, ctx, request.body));
      return reply
        .code(201)
        .header('location', `/v1/support-requests/${created.id}`)
        .send(presentRequest(created, isCustomer(ctx)));
    },
  );

  app.get(
    '/support-requests',
    {
      schema: {
        operationId: 'listSupportRequests',
        tags,
        summary: 'Support requests, newest first, filtered (a customer user sees its own)',
        querystring: Type.Object({ ...PageQuery, ...RequestQuery }, { additionalProperties: false }),
        response: responses({ 200: SupportRequestPage }),
      },
      config: { access: 'requests:read' },
    },
    async (request) => {
      const page = await request.readInTenant((tx) =>
        paginate(
          request,
          tx,
          'support-requests',
          (after, limit) => listVisibleRequests(tx, ctxOf(request), request.query, after, limit),
          (r) => [r.number],
        ),
      );
      return { ...page, data: page.data.map((r) => presentRequest(r, isCustomer(ctxOf(request)))) };
    },
  );

  app.get(
    '/support-requests/export',
    {
      schema: {
        operationId: 'exportSupportRequests',
        tags,
        summary: 'Every request the caller may see, changed since a time, as NDJSON (for BI tools and migrations)',
        description:
          'One SupportRequest per line, as `GET /v1/support-requests/{id}` shows it, oldest change first; streamed page ' +
          'by page, so any number of requests costs the service the same memory. A request changed while the export ' +
          'runs appears again, later, in its newer state.',
        querystring: Type.Object(
          {
            updatedSince: Type.Optional(
              Type.String({ format: 'date-time', description: 'only requests changed at or after this time' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: responses({
          200: {
            description: 'NDJSON: one SupportRequest per line',
            content: { 'application/x-ndjson': { schema: SupportRequest } },
          },
        }),
      },
      config: { access: 'requests:read' },
    },
    async (request, reply) => {
      const lines = exportRequests((work) => request.readInTenant(work), ctxOf(request), request.query.updatedSince);
      // A stream is sent as it is read, never serialised against the schema (which documents each line).
      return reply.type('application/x-ndjson').send(Readable.from(lines) as never);
    },
  );

  app.get(
    '/support-requests/:id',
    {
      schema: {
        operationId: 'getSupportRequest',
        tags,
        summary: 'One support request, with its SLA status now',
        params: IdParams,
        response: responses({ 200: SupportRequest }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request) =>
      presentRequest(
        await request.inTenant((tx) => visibleRequest(tx, request.params.id), { oneStatement: true }),
        isCustomer(ctxOf(request)),
      ),
  );

  app.patch(
    '/support-requests/:id',
    {
      schema: {
        operationId: 'updateSupportRequest',
        tags,
        summary: 'Change title, description, severity or assignee (never the state); honours If-Match',
        description:
          'A severity change takes the targets of the new severity and keeps the business time already used.',
        params: IdParams,
        body: SupportRequestPatch,
        response: responses({ 200: SupportRequest }, 404, 'invalid-transition', 412, 'invalid-assignee'),
      },
      config: { access: 'requests:work' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const updated = await request.inTenant((tx) => changeRequest(tx, ctx, request.params.id, request.body));
      return presentRequest(updated, false);
    },
  );

  app.post(
    '/support-requests/:id/transitions',
    {
      schema: {
        operationId: 'transitionSupportRequest',
        tags,
        summary: 'Move a request along its lifecycle (see the README diagram); honours If-Match',
        description:
          'A move the lifecycle lacks is `409 invalid-transition`; one your role may not make is `403 forbidden`.',
        params: IdParams,
        body: TransitionRequest,
        response: responses({ 200: SupportRequest }, 404, 'invalid-transition', 'reopen-window-expired', 412),
      },
      config: { access: 'requests:act' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const moved = await request.inTenant((tx) => transitionRequest(tx, ctx, request.params.id, request.body));
      return presentRequest(moved, isCustomer(ctx));
    },
  );

  app.put(
    '/support-requests/:id/diagnosis',
    {
      schema: {
        operationId: 'putSupportRequestDiagnosis',
        tags,
        summary: 'Record the diagnosis (R2); ownership follows from the cause (R3)',
        description: 'While the request is in_progress. Honours If-Match.',
        params: IdParams,
        body: Diagnosis,
        response: responses({ 200: SupportRequest }, 404, 'invalid-transition', 412),
      },
      config: { access: 'requests:work' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const diagnosed = await request.inTenant((tx) => diagnoseRequest(tx, ctx, request.params.id, request.body));
      return presentRequest(diagnosed, false);
    },
  );

  app.post(
    '/support-requests/:id/health-checks',
    {
      schema: {
        operationId: 'checkSupportRequestHealth',
        tags,
        summary: "Check service health for known incidents of the request's service (R2)",
        description:
          'Matches unresolved incidents of product.service (case-insensitive) for this customer or for all; stores the result on the request. ' +
          "With the Graph connector configured, the customer's tenant's service health issues are pulled first; when Microsoft " +
          'cannot be reached the outcome is `unavailable`, which the escalation gate refuses (`service-health-unavailable`).',
        params: IdParams,
        response: responses({ 201: HealthCheck }, 404, 'invalid-transition', 412),
      },
      config: { access: 'requests:work' },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const check = await checkHealthLive((work) => request.inTenant(work), ctx, request.params.id);
      return reply.code(201).header('location', `/v1/support-requests/${request.params.id}`).send(check);
    },
  );

  app.post(
    '/support-requests/:id/notes',
    {
      schema: {
        operationId: 'createSupportRequestNote',
        tags,
        summary: 'Add a public or internal note',
        description:
          "Customers write public notes only (R9); a customer's note on a request awaiting it moves it back to in_progress. " +
          "The partner's first public note is the first response.",
        params: IdParams,
        body: NewNote,
        response: responses({ 201: Note }, 404, 'invalid-transition', 412),
      },
      config: { access: 'requests:act' },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const note = await request.inTenant((tx) => addNote(tx, ctx, request.params.id, request.body));
      return reply.code(201).header('location', `/v1/support-requests/${request.params.id}/notes`).send(note);
    },
  );

  app.get(
    '/support-requests/:id/notes',
    {
      schema: {
        operationId: 'listSupportRequestNotes',
        tags,
        summary: 'Notes, oldest first (customers see public notes only)',
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: NotePage }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const current = await visibleRequest(tx, request.params.id);
        return paginate(
          request,
          tx,
          `notes:${current.id}`,
          (after, limit) => requestNotes(tx, ctxOf(request), current, after, limit),
          (n) => [n.createdAt, n.id],
        );
      }),
  );

  app.get(
    '/support-requests/:id/events',
    {
      schema: {
        operationId: 'listSupportRequestEvents',
        tags,
        summary: "The request's history, oldest first, with actor and time (customers see their public side)",
        description:
          'A customer user reads no internal event, no move into or out of an escalation, and every actor but itself as ' +
          '`partner`: nothing it reads names an escalation, its target, Microsoft or a provider (R9).',
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: EventPage }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const current = await visibleRequest(tx, request.params.id);
        return paginate(
          request,
          tx,
          `request-events:${current.id}`,
          (after, limit) => requestHistory(tx, ctxOf(request), current, after, limit),
          (event) => [event.position],
        );
      }),
  );

  app.get(
    '/support-requests/:id/links',
    {
      schema: {
        operationId: 'getSupportRequestLinks',
        tags,
        summary: "The service incidents and escalations a request is linked to (the partner's agents only)",
        params: IdParams,
        response: responses({ 200: RequestLinks }, 404),
      },
      config: { access: 'requests:work' },
    },
    async (request) => request.inTenant((tx) => requestLinks(tx, request.params.id)),
  );
}
