import Type from 'typebox';
import { findApiKey } from '../../db/apiKeys.js';
import { findCustomerForIntake } from '../../db/customers.js';
import { changeOf, listSubjectEvents } from '../../db/events.js';
import { insertNote, listNotes } from '../../db/notes.js';
import { clockColumns, clockOf, moveRequest, saveRequestChange } from '../../db/requestMoves.js';
import { nextTimerAt } from '../../domain/slaAlerts.js';
import { activeIncidentIds } from '../../db/serviceIncidents.js';
import { definitionOfRequest } from '../../db/slaDefinitions.js';
import { insertRequest, listRequests, updateRequest, type RequestRecord } from '../../db/supportRequests.js';
import { checkTransition, finalStates, partyOf } from '../../domain/requestLifecycle.js';
import { withFirstResponse } from '../../domain/slaTracking.js';
import { refuseIntake, slaCoverage } from '../../domain/intakePolicy.js';
import { causeOwnership } from '../../domain/supportRequests.js';
import { actorOf } from '../../http/access.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError, refuse } from '../../http/problem.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import { Event, IdParams } from '../../schemas/shared.js';
import { forCustomer, lockRequest, presentRequest, recordRequestEvent, visibleRequest } from './requests.js';
import {
  Diagnosis,
  HealthCheck,
  NewNote,
  NewSupportRequest,
  Note,
  RequestQuery,
  SupportRequest,
  SupportRequestPatch,
  TransitionRequest,
} from '../../schemas/support-requests.js';

const tags = ['support-requests'];

function assertOpen(state: string, action: string): void {
  if (finalStates.includes(state as never))
    throw new ProblemError('invalid-transition', `A ${state} request cannot ${action}.`);
}

export default async function supportRequestRoutes(app: App) {
  app.post(
    '/v1/support-requests',
    {
      schema: {
        operationId: 'createSupportRequest',
        tags,
        summary: 'Raise a support request (R1: always with the partner)',
        description:
          'Refused with `422 no-sla-coverage` when no published SLA definition covers the customer and category (R6), and ' +
          '`422 customer-suspended` for a suspended customer unless the category is billing or subscription (R7).',
        body: NewSupportRequest,
        response: responses({ 201: SupportRequest }, 422),
      },
      config: { access: 'requests:create' },
    },
    async (request, reply) => {
      const { principal } = request;
      const body = request.body;
      const customerId = body.customerId ?? principal.customerId;
      if (!customerId) throw invalidFields([{ path: '/customerId', message: 'is required' }]);
      const created = await request.inTenant(async (client) => {
        // Row-level security already hides other customers from a customer user.
        const intake = await findCustomerForIntake(client, customerId);
        refuse(
          refuseIntake({
            role: principal.role,
            ownCustomerId: principal.customerId,
            customerId,
            category: body.category,
            productName: body.product.name,
            customer: intake?.customer,
          }),
        );
        const { customer, terms } = intake!;
        // Interim, until intake receives uncovered requests (issue 13, point 1).
        if (slaCoverage(terms?.supportTypes ?? null, body.category) === 'uncovered')
          throw new ProblemError('invalid-reference', 'No published SLA definition covers this request.');
        const definition = terms!;
        const requester = body.requester ?? customer.contacts[0];
        if (!requester)
          throw invalidFields([{ path: '/requester', message: 'is required when the customer has no contact' }]);
        const target = definition.targets[body.severity]!;
        const openedAt = new Date().toISOString();
        const clock = {
          openedAt,
          firstResponseTargetMinutes: target.firstResponseMinutes,
          resolutionTargetMinutes: target.resolutionMinutes,
          pausedMinutes: 0,
          pausedAt: null,
          firstRespondedAt: null,
          resolvedAt: null,
        };
        const clockFields = clockColumns(definition, clock);
        const stored = await insertRequest(
          client,
          {
            ...clockFields,
            createdAt: openedAt,
            customerId: customer.id,
            title: body.title,
            description: body.description,
            category: body.category,
            productName: body.product.name,
            productType: body.product.type,
            productService: body.product.service,
            severity: body.severity,
            channel: body.channel ?? 'api',
            requester,
            state: 'new',
            assigneeId: null,
            diagnosisCause: null,
            diagnosisOwnership: null,
            diagnosisSummary: null,
            diagnosedAt: null,
            healthCheck: null,
            resolutionCode: null,
            resolutionSummary: null,
            closedAt: null,
            slaDefinitionId: definition.id,
            slaDefinitionVersion: definition.version,
            slaAlerts: [],
            nextTimerAt: nextTimerAt({ ...clockFields, state: 'new', slaAlerts: [] }, app.settings.reopenWindowDays),
          },
          actorOf(request),
        );
        return stored;
      });
      return reply
        .code(201)
        .header('location', `/v1/support-requests/${created.id}`)
        .send(presentRequest(created, forCustomer(request)));
    },
  );

  app.get(
    '/v1/support-requests',
    {
      schema: {
        operationId: 'listSupportRequests',
        tags,
        summary: 'Support requests, newest first, filtered (a customer user sees its own)',
        querystring: Type.Object({ ...PageQuery, ...RequestQuery }, { additionalProperties: false }),
        response: responses({ 200: Page(SupportRequest) }),
      },
      config: { access: 'requests:read' },
    },
    async (request) => {
      const page = await request.inTenant((client) =>
        paginate(
          request,
          client,
          'support-requests',
          (after, limit) => listRequests(client, request.principal.partnerId, request.query, after, limit),
          (r) => [r.number],
        ),
      );
      return { ...page, data: page.data.map((r) => presentRequest(r, forCustomer(request))) };
    },
  );

  app.get(
    '/v1/support-requests/:id',
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
        await request.inTenant((client) => visibleRequest(client, request.params.id)),
        forCustomer(request),
      ),
  );

  app.patch(
    '/v1/support-requests/:id',
    {
      schema: {
        operationId: 'updateSupportRequest',
        tags,
        summary: 'Change title, description, severity or assignee (never the state); honours If-Match',
        description:
          'A severity change takes the targets of the new severity and keeps the business time already used.',
        params: IdParams,
        body: SupportRequestPatch,
        response: responses({ 200: SupportRequest }, 404, 409, 412, 422),
      },
      config: { access: 'requests:work' },
    },
    async (request) => {
      const updated = await request.inTenant(async (client) => {
        const { current } = await lockRequest(request, client, request.params.id);
        assertOpen(current.state, 'change');
        const { severity, assigneeId, ...text } = request.body;
        if (assigneeId) {
          const assignee = await findApiKey(client, assigneeId);
          if (!assignee || assignee.revokedAt || !partyOf(assignee.role, current.category)) {
            throw new ProblemError(
              'invalid-reference',
              'assigneeId names an active key of an agent who works this request.',
            );
          }
        }
        let changes: Partial<RequestRecord> = { ...text, ...(assigneeId !== undefined ? { assigneeId } : {}) };
        if (severity && severity !== current.severity) {
          const definition = await definitionOfRequest(client, current.slaDefinitionId);
          const target = definition.targets![severity]!;
          const clock = {
            ...clockOf(current),
            firstResponseTargetMinutes: target.firstResponseMinutes,
            resolutionTargetMinutes: target.resolutionMinutes,
          };
          changes = { ...changes, severity, ...clockColumns(definition, clock) };
        }
        const after = await saveRequestChange(client, current, changes, app.settings.reopenWindowDays);
        if (severity && severity !== current.severity) {
          await recordRequestEvent(
            request,
            client,
            after,
            'severity_changed',
            {
              from: current.severity,
              to: severity,
              firstResponseDueAt: after.firstResponseDueAt,
              resolutionDueAt: after.resolutionDueAt,
            },
            true,
          );
        }
        const fields = Object.keys(text).concat(
          assigneeId !== undefined ? ['assigneeId'] : [],
        ) as (keyof typeof after)[];
        if (fields.length > 0) {
          await recordRequestEvent(
            request,
            client,
            after,
            'updated',
            changeOf(fields, current, after),
            !fields.includes('assigneeId'),
          );
        }
        return after;
      });
      return presentRequest(updated, false);
    },
  );

  app.post(
    '/v1/support-requests/:id/transitions',
    {
      schema: {
        operationId: 'transitionSupportRequest',
        tags,
        summary: 'Move a request along its lifecycle (see the README diagram); honours If-Match',
        description:
          'A move the lifecycle lacks is `409 invalid-transition`; one your role may not make is `403 forbidden`.',
        params: IdParams,
        body: TransitionRequest,
        response: responses({ 200: SupportRequest }, 404, 409, 412),
      },
      config: { access: 'requests:act' },
    },
    async (request) => {
      const moved = await request.inTenant(async (client) => {
        const { current, party } = await lockRequest(request, client, request.params.id);
        const { to, reason, resolution } = request.body;
        const check = checkTransition(
          current,
          to,
          party,
          { reason, resolution },
          new Date(),
          app.settings.reopenWindowDays,
        );
        if (!check.ok) {
          if (check.field) throw invalidFields([{ path: check.field, message: 'is required for this move' }]);
          throw new ProblemError(check.code, check.detail);
        }
        return moveRequest(client, current, {
          to,
          reason,
          resolution,
          actor: actorOf(request),
          reopenWindowDays: app.settings.reopenWindowDays,
        });
      });
      return presentRequest(moved, forCustomer(request));
    },
  );

  app.put(
    '/v1/support-requests/:id/diagnosis',
    {
      schema: {
        operationId: 'putSupportRequestDiagnosis',
        tags,
        summary: 'Record the diagnosis (R2); ownership follows from the cause (R3)',
        description: 'While the request is in_progress. Honours If-Match.',
        params: IdParams,
        body: Diagnosis,
        response: responses({ 200: SupportRequest }, 404, 409, 412),
      },
      config: { access: 'requests:work' },
    },
    async (request) => {
      const diagnosed = await request.inTenant(async (client) => {
        const { current } = await lockRequest(request, client, request.params.id);
        if (current.state !== 'in_progress')
          throw new ProblemError('invalid-transition', 'A request is diagnosed while in_progress.');
        const { cause, summary } = request.body;
        const after = await updateRequest(client, current.id, {
          diagnosisCause: cause,
          diagnosisOwnership: causeOwnership[cause],
          diagnosisSummary: summary,
          diagnosedAt: new Date().toISOString(),
        });
        await recordRequestEvent(
          request,
          client,
          after,
          'diagnosed',
          { cause, ownership: causeOwnership[cause], summary },
          false,
        );
        return after;
      });
      return presentRequest(diagnosed, false);
    },
  );

  app.post(
    '/v1/support-requests/:id/health-checks',
    {
      schema: {
        operationId: 'checkSupportRequestHealth',
        tags,
        summary: "Check service health for known incidents of the request's service (R2)",
        description:
          'Matches unresolved incidents of product.service (case-insensitive) for this customer or for all; stores the result on the request.',
        params: IdParams,
        response: responses({ 201: HealthCheck }, 404, 409, 412),
      },
      config: { access: 'requests:work' },
    },
    async (request, reply) => {
      const check = await request.inTenant(async (client) => {
        const { current } = await lockRequest(request, client, request.params.id);
        assertOpen(current.state, 'be checked');
        const matchingIncidentIds = await activeIncidentIds(client, current.productService, current.customerId);
        const healthCheck = {
          checkedAt: new Date().toISOString(),
          outcome: matchingIncidentIds.length > 0 ? ('known_incident' as const) : ('clear' as const),
          matchingIncidentIds,
        };
        const after = await updateRequest(client, current.id, { healthCheck });
        await recordRequestEvent(request, client, after, 'health_checked', healthCheck, false);
        return healthCheck;
      });
      return reply.code(201).send(check);
    },
  );

  app.post(
    '/v1/support-requests/:id/notes',
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
        response: responses({ 201: Note }, 404, 409),
      },
      config: { access: 'requests:act' },
    },
    async (request, reply) => {
      const note = await request.inTenant(async (client) => {
        const { current, party } = await lockRequest(request, client, request.params.id);
        assertOpen(current.state, 'take notes');
        const { text, visibility } = request.body;
        if (party === 'customer' && visibility !== 'public')
          throw new ProblemError('forbidden', 'Customers write public notes only.');
        const actor = actorOf(request);
        const created = await insertNote(client, {
          requestId: current.id,
          customerId: current.customerId,
          text,
          visibility,
          author: actor,
        });
        await recordRequestEvent(
          request,
          client,
          current,
          'note_added',
          { noteId: created.id, visibility },
          visibility === 'public',
        );
        if (party === 'customer' && current.state === 'awaiting_customer') {
          await moveRequest(client, current, {
            to: 'in_progress',
            actor,
            reason: 'the customer answered',
            reopenWindowDays: app.settings.reopenWindowDays,
          });
        } else if (party === 'agent' && visibility === 'public' && !current.firstRespondedAt) {
          const definition = await definitionOfRequest(client, current.slaDefinitionId);
          const answered = withFirstResponse(clockOf(current), created.createdAt);
          await saveRequestChange(client, current, clockColumns(definition, answered), app.settings.reopenWindowDays);
        }
        return created;
      });
      return reply.code(201).header('location', `/v1/support-requests/${request.params.id}/notes`).send(note);
    },
  );

  app.get(
    '/v1/support-requests/:id/notes',
    {
      schema: {
        operationId: 'listSupportRequestNotes',
        tags,
        summary: 'Notes, oldest first (customers see public notes only)',
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(Note) }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const current = await visibleRequest(client, request.params.id);
        return paginate(
          request,
          client,
          `notes:${current.id}`,
          (after, limit) => listNotes(client, current.id, after, limit),
          (n) => [n.createdAt, n.id],
        );
      }),
  );

  app.get(
    '/v1/support-requests/:id/events',
    {
      schema: {
        operationId: 'listSupportRequestEvents',
        tags,
        summary: "The request's history, oldest first, with actor and time (customers see their public side)",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(Event) }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const current = await visibleRequest(client, request.params.id);
        return paginate(
          request,
          client,
          `request-events:${current.id}`,
          (after, limit) =>
            listSubjectEvents(client, { type: 'support_request', id: current.id }, forCustomer(request), after, limit),
          (event) => [event.position],
        );
      }),
  );
}
