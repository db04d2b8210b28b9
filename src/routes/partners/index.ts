import Type from 'typebox';
import { findPartner } from '../../db/partners.js';
import { listSupportPlans } from '../../db/supportPlans.js';
import type { App } from '../../http/app-types.js';
import { ctxOf, operatorCtxOf } from '../../http/context.js';
import { withTenant } from '../../db/tenant.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import {
  Compliance,
  NewPartner,
  NewSupportPlan,
  Partner,
  PartnerChange,
  PartnerWithKey,
  SupportPlan,
  SupportPlanPage,
  SupportProfile,
} from '../../schemas/partners.js';
import { IdParams } from '../../schemas/shared.js';
import {
  addSupportPlan,
  changeCompetency,
  compliance,
  createPartner,
  presentPlan,
  setSupportProfile,
  visibleSupportPlan,
} from '../../services/partners.js';

export default async function partnerRoutes(app: App) {
  app.post(
    '/partners',
    {
      schema: {
        operationId: 'createPartner',
        tags: ['partners'],
        summary: 'Create a partner (tenant) and its first admin_agent API key',
        description: 'For the deployment operator. The key is shown once.',
        body: NewPartner,
        response: responses({ 201: PartnerWithKey }, 422),
      },
      config: { access: 'operator' },
    },
    async (request, reply) => {
      const created = await request.inTenant((tx) => createPartner(tx, request.body));
      return reply.code(201).header('location', '/v1/partner').send(created);
    },
  );

  app.patch(
    '/partners/:id',
    {
      schema: {
        operationId: 'updatePartner',
        tags: ['partners'],
        summary: "Record a change of a partner's MPN competency (operator); writes partner.competency_changed",
        description:
          'Plans that need a competency (signature_cloud, partner_network_incidents) are checked against it at escalation ' +
          'time, so a partner that lost it no longer escalates under them (`422 plan-not-eligible`). Honours If-Match.',
        params: IdParams,
        body: PartnerChange,
        response: responses({ 200: Partner }, 404, 412),
      },
      config: { access: 'operator' },
    },
    async (request) =>
      withTenant(app.pool, request.params.id, (tx) =>
        changeCompetency(tx, operatorCtxOf(request), request.params.id, request.body),
      ),
  );

  app.get(
    '/partner',
    {
      schema: {
        operationId: 'getPartner',
        tags: ['partners'],
        summary: "The caller's partner",
        response: responses({ 200: Partner }),
      },
      config: { access: 'partner:read' },
    },
    async (request) => (await request.inTenant((tx) => findPartner(tx, request.principal.partnerId)))!,
  );

  app.put(
    '/partner/support-profile',
    {
      schema: {
        operationId: 'putSupportProfile',
        tags: ['partners'],
        summary:
          'Set what customers are shown: contact, delivery model, collections policy, self-help links, training offers (R6)',
        description: 'Honours If-Match (the partner version).',
        body: SupportProfile,
        response: responses({ 200: Partner }, 412),
      },
      config: { access: 'partner:manage' },
    },
    async (request) => request.inTenant((tx) => setSupportProfile(tx, ctxOf(request), request.body)),
  );

  app.post(
    '/partner/support-plans',
    {
      schema: {
        operationId: 'createSupportPlan',
        tags: ['partners'],
        summary: 'Record a Microsoft support plan the partner holds',
        body: NewSupportPlan,
        response: responses({ 201: SupportPlan }, 'plan-not-eligible', 422),
      },
      config: { access: 'support-plans:manage' },
    },
    async (request, reply) => {
      const plan = await request.inTenant((tx) => addSupportPlan(tx, ctxOf(request), request.body));
      return reply.code(201).header('location', `/v1/partner/support-plans/${plan.id}`).send(plan);
    },
  );

  app.get(
    '/partner/support-plans',
    {
      schema: {
        operationId: 'listSupportPlans',
        tags: ['partners'],
        summary: "The partner's support plans, oldest first",
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: SupportPlanPage }),
      },
      config: { access: 'support-plans:read' },
    },
    async (request) => {
      const page = await request.inTenant((tx) =>
        paginate(
          request,
          tx,
          'support-plans',
          (after, limit) => listSupportPlans(tx, after, limit),
          (plan) => [plan.createdAt, plan.id],
        ),
      );
      const ctx = ctxOf(request);
      return { ...page, data: page.data.map((plan) => presentPlan(ctx, plan)) };
    },
  );

  app.get(
    '/partner/support-plans/:id',
    {
      schema: {
        operationId: 'getSupportPlan',
        tags: ['partners'],
        summary: 'One support plan, with its remaining incidents',
        params: IdParams,
        response: responses({ 200: SupportPlan }, 404),
      },
      config: { access: 'support-plans:read' },
    },
    async (request) => request.inTenant((tx) => visibleSupportPlan(tx, ctxOf(request), request.params.id)),
  );

  app.get(
    '/partner/compliance',
    {
      schema: {
        operationId: 'getCompliance',
        tags: ['partners'],
        summary:
          'What breaks R6: customers and open requests without published SLA coverage, an incomplete support profile, ' +
          'no default SLA; warnings for a missing collections policy or self-help links',
        response: responses({ 200: Compliance }),
      },
      config: { access: 'compliance:read' },
    },
    async (request) => request.inTenant((tx) => compliance(tx, ctxOf(request))),
  );
}
