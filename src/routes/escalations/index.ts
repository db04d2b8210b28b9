import Type from 'typebox';
import { listEscalations } from '../../db/escalations.js';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import {
  Escalation,
  EscalationMove,
  EscalationPage,
  EscalationQuery,
  Forward,
  NewEscalation,
  PartnerCenterRequest,
} from '../../schemas/escalations.js';
import { LinkedRequests, LinkRequests } from '../../schemas/links.js';
import { IdParams } from '../../schemas/shared.js';
import { FileEscalation } from '../../schemas/connectors.js';
import { fileEscalation } from '../../services/connectorsSync.js';
import { escalationLinks, linkToEscalation } from '../../services/links.js';
import {
  escalate,
  escalationFilter,
  forwardEscalation,
  partnerCenterRequestOf,
  presentEscalation,
  transitionEscalation,
  visibleEscalation,
} from '../../services/escalations.js';

const tags = ['escalations'];

export default async function escalationRoutes(app: App) {
  app.post(
    '/escalations',
    {
      schema: {
        operationId: 'createEscalation',
        tags,
        summary: 'Escalate a request to Microsoft or to the indirect provider (R1–R5)',
        description:
          'Runs the escalation policy (README, "Escalation policy"); the first guard that fails answers. On success the ' +
          'request moves to escalated, the evidence is snapshotted and, under a partner network incidents plan, one incident is used.',
        body: NewEscalation,
        response: responses(
          { 201: Escalation },
          'customers-go-through-partner',
          'escalation-already-open',
          'invalid-transition',
          'diagnosis-required',
          'not-commercial-category',
          'not-microsoft-owned',
          'health-check-required',
          'known-service-incident',
          'service-health-unavailable',
          'wrong-escalation-target',
          'no-support-plan-coverage',
          'plan-not-eligible',
          'incident-allowance-exhausted',
        ),
      },
      config: { access: 'escalations:create' },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const created = await request.inTenant((tx) => escalate(tx, ctx, request.body));
      return reply.code(201).header('location', `/v1/escalations/${created.id}`).send(presentEscalation(ctx, created));
    },
  );

  app.get(
    '/escalations',
    {
      schema: {
        operationId: 'listEscalations',
        tags,
        summary:
          "Escalations the partner raised or that are addressed to it (an indirect provider's inbox), oldest first",
        querystring: Type.Object({ ...PageQuery, ...EscalationQuery }, { additionalProperties: false }),
        response: responses({ 200: EscalationPage }, 404),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const filter = escalationFilter(ctx, request.query);
      const page = await request.inTenant((tx) =>
        paginate(
          request,
          tx,
          'escalations',
          (after, limit) => listEscalations(tx, filter, after, limit),
          (e) => [e.createdAt, e.id],
        ),
      );
      return { ...page, data: page.data.map((e) => presentEscalation(ctx, e)) };
    },
  );

  app.get(
    '/escalations/:id',
    {
      schema: {
        operationId: 'getEscalation',
        tags,
        summary: 'One escalation with its evidence',
        params: IdParams,
        response: responses({ 200: Escalation }, 404),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return presentEscalation(ctx, await request.inTenant((tx) => visibleEscalation(tx, ctx, request.params.id)));
    },
  );

  app.post(
    '/escalations/:id/transitions',
    {
      schema: {
        operationId: 'transitionEscalation',
        tags,
        summary: 'Move an escalation: submitted (with externalCaseId), attention_needed, resolved, rejected, withdrawn',
        description:
          'A final state returns the request to in_progress for the partner to close with its customer. Honours If-Match. ' +
          'A provider answers the escalations addressed to it; for Microsoft, the partner records what Microsoft answered.',
        params: IdParams,
        body: EscalationMove,
        response: responses({ 200: Escalation }, 404, 'invalid-transition', 412),
      },
      config: { access: 'escalations:act' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const moved = await request.inTenant((tx) => transitionEscalation(tx, ctx, request.params.id, request.body));
      return presentEscalation(ctx, moved);
    },
  );

  app.post(
    '/escalations/:id/forward',
    {
      schema: {
        operationId: 'forwardEscalation',
        tags,
        summary: "An indirect provider forwards a reseller's escalation to Microsoft under its own plans (R5)",
        description: "Creates the child escalation (parentEscalationId); its moves show on the reseller's escalation.",
        params: IdParams,
        body: Forward,
        response: responses(
          { 201: Escalation },
          404,
          'escalation-already-open',
          'not-microsoft-owned',
          'invalid-transition',
          412,
          'wrong-escalation-target',
          'no-support-plan-coverage',
          'plan-not-eligible',
          'incident-allowance-exhausted',
        ),
      },
      config: { access: 'escalations:act' },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const child = await request.inTenant((tx) => forwardEscalation(tx, ctx, request.params.id, request.body));
      return reply.code(201).header('location', `/v1/escalations/${child.id}`).send(presentEscalation(ctx, child));
    },
  );

  app.post(
    '/escalations/:id/file',
    {
      schema: {
        operationId: 'fileEscalation',
        tags,
        summary: 'File an open escalation to Microsoft in Partner Center and move it to submitted',
        description:
          'Creates the Partner Center service request from GET …/partner-center-request under a support topic of Partner ' +
          "Center's catalogue (the body's, else the escalation's), records its id as externalCaseId and moves the escalation " +
          'to submitted; the sync job then follows it. Safe to retry after a timeout: the service request already created is ' +
          'found and adopted, never filed twice; while another call files the same escalation, 409 conflict. Needs the ' +
          'Partner Center connector.',
        params: IdParams,
        body: FileEscalation,
        response: responses(
          { 200: Escalation },
          404,
          'conflict',
          'invalid-transition',
          'connector-not-configured',
          'unknown-support-topic',
          'connector-refused',
          'connector-unavailable',
        ),
      },
      config: { access: 'escalations:act' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const filed = await fileEscalation((work) => request.inTenant(work), ctx, request.params.id, request.body);
      return presentEscalation(ctx, filed);
    },
  );

  app.get(
    '/escalations/:id/partner-center-request',
    {
      schema: {
        operationId: 'getPartnerCenterRequest',
        tags,
        summary: 'The Partner Center service request to file for an escalation to Microsoft, ready to submit',
        params: IdParams,
        response: responses({ 200: PartnerCenterRequest }, 404, 'invalid-transition'),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => request.inTenant((tx) => partnerCenterRequestOf(tx, ctxOf(request), request.params.id)),
  );

  app.post(
    '/escalations/:id/linked-requests',
    {
      schema: {
        operationId: 'linkEscalationRequests',
        tags,
        summary: 'Link requests in progress to an escalation under way, which then stands for them too',
        description:
          "Only the raiser's own requests, in_progress: they move to escalated, and return to in_progress together " +
          "with its own request when the escalation ends. Honours If-Match (the escalation's version).",
        params: IdParams,
        body: LinkRequests,
        response: responses({ 200: LinkedRequests }, 404, 'invalid-reference', 'invalid-transition', 412),
      },
      config: { access: 'escalations:act' },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return request.inTenant((tx) => linkToEscalation(tx, ctx, request.params.id, request.body.supportRequestIds));
    },
  );

  app.get(
    '/escalations/:id/linked-requests',
    {
      schema: {
        operationId: 'listEscalationRequests',
        tags,
        summary: 'The requests linked to an escalation (besides its own), in the order they were linked',
        params: IdParams,
        response: responses({ 200: LinkedRequests }, 404),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => request.inTenant((tx) => escalationLinks(tx, ctxOf(request), request.params.id)),
  );
}
