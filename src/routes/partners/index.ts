import { randomUUID } from 'node:crypto';
import { insertApiKey } from '../../db/apiKeys.js';
import { findPartner, insertPartner, updateSupportProfile } from '../../db/partners.js';
import { findSupportPlan, insertSupportPlan, listSupportPlans, type SupportPlanRow } from '../../db/supportPlans.js';
import { hasIncidentAllowance, isActive } from '../../domain/supportPlans.js';
import { complianceFindings, isCompliant } from '../../domain/compliance.js';
import { planEligibilityRefusal } from '../../domain/escalationPolicy.js';
import { deliveryProviderError } from '../../domain/partners.js';
import { uncoveredCustomers } from '../../db/customers.js';
import { uncoveredRequests } from '../../db/supportRequests.js';
import { hasDefaultSlaDefinition } from '../../db/slaDefinitions.js';
import { withTenant } from '../../db/tenant.js';
import type { App } from '../../http/app-types.js';
import { mintApiKey } from '../../http/credentials.js';
import { invalidFields, ProblemError, refuse } from '../../http/problem.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import { paginate } from '../../http/pagination.js';
import { acceptedVersions, lockCurrent } from '../../http/versioning.js';
import { actorOf } from '../../http/access.js';
import { changeCompetency } from '../../services/partners.js';
import { IdParams } from '../../schemas/shared.js';
import {
  Compliance,
  NewPartner,
  NewSupportPlan,
  Partner,
  PartnerChange,
  PartnerWithKey,
  SupportPlan,
  SupportProfile,
} from '../../schemas/partners.js';
import Type from 'typebox';

const withActivity = (plan: SupportPlanRow) => ({ ...plan, active: isActive(plan, new Date()) });

export default async function partnerRoutes(app: App) {
  app.post(
    '/v1/partners',
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
      const body = request.body;
      if ((body.kind === 'indirect_reseller') !== (body.indirectProviderId !== undefined)) {
        throw new ProblemError(
          'invalid-reference',
          'An indirect_reseller names its indirectProviderId; other kinds do not.',
        );
      }
      if (body.indirectProviderId) {
        const provider = await withTenant(app.pool, body.indirectProviderId, (client) =>
          findPartner(client, body.indirectProviderId!),
        );
        if (provider?.kind !== 'indirect_provider') {
          throw new ProblemError('invalid-reference', 'indirectProviderId does not name an indirect_provider partner.');
        }
      }
      const id = randomUUID();
      const minted = mintApiKey(id);
      const created = await withTenant(app.pool, id, async (client) => {
        const partner = await insertPartner(client, {
          id,
          name: body.name,
          kind: body.kind,
          indirectProviderId: body.indirectProviderId ?? null,
          competency: body.competency ?? 'none',
        });
        const key = await insertApiKey(client, {
          partnerId: id,
          name: 'first admin key',
          role: 'admin_agent',
          customerId: null,
          hash: minted.hash,
        });
        return { partner, apiKey: { ...key, key: minted.key } };
      });
      return reply.code(201).header('location', '/v1/partner').send(created);
    },
  );

  app.patch(
    '/v1/partners/:id',
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
      withTenant(app.pool, request.params.id, (client) =>
        changeCompetency(
          client,
          { actor: actorOf(request), ifMatch: acceptedVersions(request) },
          { partnerId: request.params.id, competency: request.body.competency },
        ),
      ),
  );

  app.get(
    '/v1/partner',
    {
      schema: {
        operationId: 'getPartner',
        tags: ['partners'],
        summary: "The caller's partner",
        response: responses({ 200: Partner }),
      },
      config: { access: 'partner:read' },
    },
    async (request) => {
      const partner = await request.inTenant((client) => findPartner(client, request.principal.partnerId));
      return partner!;
    },
  );

  app.put(
    '/v1/partner/support-profile',
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
    async (request) => {
      const { partnerId } = request.principal;
      const { deliveryModel = null, deliveryProvider = null, collectionsPolicy = null } = request.body;
      const providerError = deliveryProviderError(deliveryModel, deliveryProvider);
      if (providerError) throw invalidFields([{ path: '/deliveryProvider', message: providerError }]);
      return request.inTenant(async (client) => {
        await lockCurrent(request, client, 'partners', partnerId);
        return updateSupportProfile(client, partnerId, {
          ...request.body,
          deliveryModel,
          deliveryProvider,
          collectionsPolicy,
          selfHelpLinks: request.body.selfHelpLinks ?? [],
          trainingOffers: request.body.trainingOffers ?? [],
        });
      });
    },
  );

  app.post(
    '/v1/partner/support-plans',
    {
      schema: {
        operationId: 'createSupportPlan',
        tags: ['partners'],
        summary: 'Record a Microsoft support plan the partner holds',
        body: NewSupportPlan,
        response: responses({ 201: SupportPlan }, 422),
      },
      config: { access: 'support-plans:manage' },
    },
    async (request, reply) => {
      const { kind, validFrom, validUntil = null, incidentsTotal, eligibleProducts } = request.body;
      if (eligibleProducts && !hasIncidentAllowance(kind)) {
        throw invalidFields([{ path: '/eligibleProducts', message: 'is only for partner_network_incidents' }]);
      }
      if (hasIncidentAllowance(kind) !== (incidentsTotal !== undefined)) {
        throw invalidFields([
          {
            path: '/incidentsTotal',
            message: hasIncidentAllowance(kind) ? 'is required for this kind' : 'is only for partner_network_incidents',
          },
        ]);
      }
      if (validUntil !== null && Date.parse(validUntil) <= Date.parse(validFrom)) {
        throw invalidFields([{ path: '/validUntil', message: 'must be after validFrom' }]);
      }
      const partnerId = request.principal.partnerId;
      const plan = await request.inTenant(async (client) => {
        const partner = (await findPartner(client, partnerId))!;
        refuse(planEligibilityRefusal(kind, partner.competency));
        return insertSupportPlan(client, {
          partnerId,
          kind,
          validFrom,
          validUntil,
          incidentsTotal: incidentsTotal ?? null,
          eligibleProducts: eligibleProducts ?? null,
        });
      });
      return reply.code(201).header('location', `/v1/partner/support-plans/${plan.id}`).send(withActivity(plan));
    },
  );

  app.get(
    '/v1/partner/support-plans',
    {
      schema: {
        operationId: 'listSupportPlans',
        tags: ['partners'],
        summary: "The partner's support plans, oldest first",
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(SupportPlan) }),
      },
      config: { access: 'support-plans:read' },
    },
    async (request) => {
      const page = await request.inTenant((client) =>
        paginate(
          request,
          client,
          'support-plans',
          (after, limit) => listSupportPlans(client, after, limit),
          (plan) => [plan.createdAt, plan.id],
        ),
      );
      return { ...page, data: page.data.map(withActivity) };
    },
  );

  app.get(
    '/v1/partner/support-plans/:id',
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
    async (request) => {
      const plan = await request.inTenant((client) => findSupportPlan(client, request.params.id));
      if (!plan) throw new ProblemError('not-found', 'No such support plan.');
      return withActivity(plan);
    },
  );

  app.get(
    '/v1/partner/compliance',
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
    async (request) => {
      const facts = await request.inTenant(async (client) => {
        const partner = (await findPartner(client, request.principal.partnerId))!;
        const uncovered = await uncoveredCustomers(client, 100);
        const received = await uncoveredRequests(client, 100);
        const { email, telephone, website, collectionsPolicy, selfHelpLinks } = partner.supportProfile;
        return {
          supportProfile: { email, telephone, website },
          collectionsPolicy,
          selfHelpLinkCount: selfHelpLinks.length,
          hasDefaultSla: await hasDefaultSlaDefinition(client),
          uncoveredCustomerIds: uncovered.ids,
          uncoveredCustomerCount: uncovered.count,
          uncoveredRequests: received.requests,
          uncoveredRequestCount: received.count,
        };
      });
      const findings = complianceFindings(facts);
      return { compliant: isCompliant(findings), findings };
    },
  );
}
