import Type from 'typebox';
import type { FastifyRequest } from 'fastify';
import {
  findEscalation,
  findOpenEscalation,
  insertEscalation,
  listEscalations,
  updateEscalation,
  type EscalationRow,
} from '../../db/escalations.js';
import { findCustomer } from '../../db/customers.js';
import { listSubjectEvents, recordEvent } from '../../db/events.js';
import { findPartner } from '../../db/partners.js';
import type { Client } from '../../db/pool.js';
import { allSupportPlans, consumeIncident, returnIncident } from '../../db/supportPlans.js';
import { moveRequest } from '../../db/requestMoves.js';
import { findRequest, lockRequestRow } from '../../db/supportRequests.js';
import { actingAs } from '../../db/tenant.js';
import {
  checkEscalationMove,
  isFinalEscalation,
  type EscalationState,
  type Side,
} from '../../domain/escalationLifecycle.js';
import {
  channelRoleRefusal,
  coveringPlans,
  customersGoThroughPartner,
  planRefusal,
  refuseEscalation,
  targetFor,
  type PlanQuery,
} from '../../domain/escalationPolicy.js';
import { hasIncidentAllowance } from '../../domain/supportPlans.js';
import type { ProductType } from '../../domain/supportRequests.js';
import { actorOf } from '../../http/access.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError, refuse } from '../../http/problem.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import { lockRow } from '../../db/locks.js';
import { lockCurrent } from '../../http/versioning.js';
import { IdParams } from '../../schemas/shared.js';
import {
  Escalation,
  EscalationMove,
  EscalationQuery,
  Forward,
  NewEscalation,
  PartnerCenterRequest,
} from '../../schemas/escalations.js';

const tags = ['escalations'];

/** Customers never see escalations (R9): to them there are none. */
function assertNotCustomer(request: FastifyRequest): void {
  if (request.principal.role === 'customer_user') throw new ProblemError('not-found', 'No such escalation.');
}

/** The escalation as this caller sees it: its target never sees the raiser's request (R5). */
function present(request: FastifyRequest, escalation: EscalationRow) {
  const raiser = escalation.partnerId === request.principal.partnerId;
  return { ...escalation, supportRequestId: raiser ? escalation.supportRequestId : null };
}

/** The sides the caller is on: for a Microsoft target the partner relays Microsoft's answers too. */
function sidesOf(request: FastifyRequest, escalation: EscalationRow): Side[] {
  const me = request.principal.partnerId;
  if (escalation.partnerId === me) return escalation.target === 'microsoft' ? ['raiser', 'target'] : ['raiser'];
  return escalation.targetPartnerId === me ? ['target'] : [];
}

async function visibleEscalation(request: FastifyRequest, client: Client, id: string): Promise<EscalationRow> {
  assertNotCustomer(request);
  const escalation = await findEscalation(client, id);
  if (!escalation) throw new ProblemError('not-found', 'No such escalation.');
  return escalation;
}

/** Locks an escalation for a change (honouring If-Match), then reads it as it now stands. */
async function lockEscalation(request: FastifyRequest, client: Client, id: string): Promise<EscalationRow> {
  assertNotCustomer(request);
  await lockCurrent(request, client, 'escalations', id);
  return (await findEscalation(client, id))!;
}

/**
 * Picks the plan to escalate under, in the policy's order, and takes an incident from it when it
 * is an incident plan. Another escalation may take the last incident first: then the next plan.
 */
async function takePlan(client: Client, query: PlanQuery): Promise<{ id: string; incidentConsumed: boolean }> {
  for (const plan of coveringPlans(query)) {
    if (!hasIncidentAllowance(plan.kind)) return { id: plan.id, incidentConsumed: false };
    if (await consumeIncident(client, plan.id)) return { id: plan.id, incidentConsumed: true };
  }
  throw new ProblemError('incident-allowance-exhausted', 'The partner network incidents allowance is used up.');
}

const recordEscalationEvent = (
  request: FastifyRequest,
  client: Client,
  escalation: EscalationRow,
  type: string,
  data: Record<string, unknown>,
) =>
  recordEvent(client, {
    type: `escalation.${type}`,
    subject: { type: 'escalation', id: escalation.id },
    actor: actorOf(request),
    data: { ...data, state: escalation.state },
    partnerId: escalation.partnerId,
    alsoVisibleTo: escalation.targetPartnerId,
  });

/**
 * Moves an escalation and carries the consequences: a final state returns the raiser's request
 * to in_progress (as the raiser: the caller may be its provider), and a forwarded escalation's
 * moves show on the reseller escalation it came from.
 */
async function moveEscalation(
  request: FastifyRequest,
  client: Client,
  escalation: EscalationRow,
  to: EscalationState,
  input: { externalCaseId?: string; note?: string },
): Promise<EscalationRow> {
  const withdrawnUnfiled = to === 'withdrawn' && escalation.state === 'open' && escalation.incidentConsumed;
  if (withdrawnUnfiled) await returnIncident(client, escalation.supportPlanId!);
  const moved = await updateEscalation(client, escalation.id, {
    state: to,
    ...(input.externalCaseId ? { externalCaseId: input.externalCaseId } : {}),
    ...(isFinalEscalation(to) && input.note ? { outcome: input.note } : {}),
    ...(withdrawnUnfiled ? { incidentConsumed: false } : {}),
  });
  await recordEscalationEvent(request, client, moved, 'state_changed', {
    from: escalation.state,
    to,
    ...(input.externalCaseId ? { externalCaseId: input.externalCaseId } : {}),
    ...(input.note ? { note: input.note } : {}),
  });
  if (isFinalEscalation(to) && moved.supportRequestId) {
    await actingAs(client, moved.partnerId, async () => {
      const supportRequest = (await lockRequestRow(client, moved.supportRequestId!))!;
      await moveRequest(client, supportRequest, {
        to: 'in_progress',
        actor: actorOf(request),
        reason: `escalation ${to}`,
        reopenWindowDays: request.server.settings.reopenWindowDays,
      });
    });
  }
  if (moved.parentEscalationId && to !== 'withdrawn') {
    // Locked before it is read, so that its state cannot change under the check.
    await lockRow(client, 'escalations', moved.parentEscalationId);
    const parent = (await findEscalation(client, moved.parentEscalationId))!;
    if (
      checkEscalationMove(parent.state, to, ['raiser', 'target'], { externalCaseId: parent.externalCaseId ?? moved.id })
        .ok
    ) {
      await moveEscalation(request, client, parent, to, {
        externalCaseId: parent.externalCaseId ?? moved.id,
        ...(input.note ? { note: input.note } : {}),
      });
    }
  }
  return moved;
}

/** What Microsoft or the provider needs to take the case without asking again. */
async function evidenceOf(client: Client, supportRequestId: string): Promise<Record<string, unknown>> {
  const supportRequest = (await findRequest(client, supportRequestId))!;
  const customer = (await findCustomer(client, supportRequest.customerId))!;
  const timeline = await listSubjectEvents(
    client,
    { type: 'support_request', id: supportRequest.id },
    false,
    undefined,
    200,
  );
  return {
    request: {
      number: supportRequest.number,
      title: supportRequest.title,
      description: supportRequest.description,
      category: supportRequest.category,
      severity: supportRequest.severity,
      openedAt: supportRequest.createdAt,
      requester: supportRequest.requester,
    },
    diagnosis: {
      cause: supportRequest.diagnosisCause,
      ownership: supportRequest.diagnosisOwnership,
      summary: supportRequest.diagnosisSummary,
      diagnosedAt: supportRequest.diagnosedAt,
    },
    healthCheck: supportRequest.healthCheck,
    customerTenantId: customer.tenantId,
    product: {
      name: supportRequest.productName,
      type: supportRequest.productType,
      service: supportRequest.productService,
    },
    timeline: timeline.map(({ type, occurredAt, data }) => ({ type, occurredAt, data })),
  };
}

export default async function escalationRoutes(app: App) {
  app.post(
    '/v1/escalations',
    {
      schema: {
        operationId: 'createEscalation',
        tags,
        summary: 'Escalate a request to Microsoft or to the indirect provider (R1–R5)',
        description:
          'Runs the escalation policy (README, "Escalation policy"); the first guard that fails answers. On success the ' +
          'request moves to escalated, the evidence is snapshotted and, under a partner network incidents plan, one incident is used.',
        body: NewEscalation,
        response: responses({ 201: Escalation }, 409, 422),
      },
      config: { access: 'escalations:create' },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await request.inTenant(async (client) => {
        const { principal } = request;
        // Customers never escalate (R1), whichever request they name.
        refuse(customersGoThroughPartner(principal.role));
        const supportRequest = await lockRequestRow(client, body.supportRequestId);
        if (!supportRequest)
          throw new ProblemError(
            'invalid-reference',
            'supportRequestId does not name a support request of this partner.',
          );
        const partner = (await findPartner(client, principal.partnerId))!;
        const plans = await allSupportPlans(client);
        const now = new Date();
        const facts = {
          role: principal.role,
          channel: body.channel,
          request: supportRequest,
          escalationInProgress: (await findOpenEscalation(client, supportRequest.id)) !== undefined,
          partner,
          plans,
          now,
          healthCheckMaxAgeHours: app.settings.healthCheckMaxAgeHours,
          ...(body.target ? { requestedTarget: body.target } : {}),
          ...(body.supportPlanId ? { requestedPlanId: body.supportPlanId } : {}),
        };
        refuse(refuseEscalation(facts));
        const target = targetFor(partner.kind);
        const plan =
          body.channel === 'technical' && target === 'microsoft'
            ? await takePlan(client, {
                plans,
                competency: partner.competency,
                productType: supportRequest.productType,
                productName: supportRequest.productName,
                now,
                ...(body.supportPlanId ? { requestedPlanId: body.supportPlanId } : {}),
              })
            : undefined;
        const escalation = await insertEscalation(client, {
          partnerId: partner.id,
          supportRequestId: supportRequest.id,
          channel: body.channel,
          target,
          targetPartnerId: target === 'indirect_provider' ? partner.indirectProviderId : null,
          supportPlanId: plan?.id ?? null,
          incidentConsumed: plan?.incidentConsumed ?? false,
          severity: body.severity ?? supportRequest.severity,
          parentEscalationId: null,
          summary: body.summary,
          supportTopicId: body.supportTopicId ?? null,
          evidence: await evidenceOf(client, supportRequest.id),
        });
        await moveRequest(client, supportRequest, {
          to: 'escalated',
          actor: actorOf(request),
          reason: `escalated to ${target}`,
          reopenWindowDays: app.settings.reopenWindowDays,
        });
        await recordEscalationEvent(request, client, escalation, 'created', {
          channel: escalation.channel,
          target,
          supportPlanId: escalation.supportPlanId,
        });
        return escalation;
      });
      return reply.code(201).header('location', `/v1/escalations/${created.id}`).send(present(request, created));
    },
  );

  app.get(
    '/v1/escalations',
    {
      schema: {
        operationId: 'listEscalations',
        tags,
        summary:
          "Escalations the partner raised or that are addressed to it (an indirect provider's inbox), oldest first",
        querystring: Type.Object({ ...PageQuery, ...EscalationQuery }, { additionalProperties: false }),
        response: responses({ 200: Page(Escalation) }, 404),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => {
      assertNotCustomer(request);
      const page = await request.inTenant((client) =>
        paginate(
          request,
          client,
          'escalations',
          (after, limit) => listEscalations(client, request.query, after, limit),
          (e) => [e.createdAt, e.id],
        ),
      );
      return { ...page, data: page.data.map((e) => present(request, e)) };
    },
  );

  app.get(
    '/v1/escalations/:id',
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
    async (request) =>
      present(request, await request.inTenant((client) => visibleEscalation(request, client, request.params.id))),
  );

  app.post(
    '/v1/escalations/:id/transitions',
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
        response: responses({ 200: Escalation }, 404, 409, 412),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => {
      const moved = await request.inTenant(async (client) => {
        const escalation = await lockEscalation(request, client, request.params.id);
        refuse(channelRoleRefusal({ role: request.principal.role, channel: escalation.channel }));
        const { to, externalCaseId, note } = request.body;
        const check = checkEscalationMove(escalation.state, to, sidesOf(request, escalation), { externalCaseId });
        if (!check.ok) {
          if (check.code === 'validation-failed')
            throw invalidFields([{ path: '/externalCaseId', message: 'is required to submit' }]);
          throw new ProblemError(check.code, check.detail);
        }
        return moveEscalation(request, client, escalation, to, { externalCaseId, note });
      });
      return present(request, moved);
    },
  );

  app.post(
    '/v1/escalations/:id/forward',
    {
      schema: {
        operationId: 'forwardEscalation',
        tags,
        summary: "An indirect provider forwards a reseller's escalation to Microsoft under its own plans (R5)",
        description: "Creates the child escalation (parentEscalationId); its moves show on the reseller's escalation.",
        params: IdParams,
        body: Forward,
        response: responses({ 201: Escalation }, 404, 409, 422),
      },
      config: { access: 'escalations:read' },
    },
    async (request, reply) => {
      const child = await request.inTenant(async (client) => {
        const parent = await lockEscalation(request, client, request.params.id);
        if (parent.targetPartnerId !== request.principal.partnerId) {
          throw new ProblemError('forbidden', 'Only the indirect provider it is addressed to forwards an escalation.');
        }
        if (isFinalEscalation(parent.state) || parent.childEscalationId) {
          throw new ProblemError(
            'escalation-already-open',
            `This escalation is ${parent.childEscalationId ? 'already forwarded' : parent.state}.`,
          );
        }
        refuse(channelRoleRefusal({ role: request.principal.role, channel: parent.channel }));
        const provider = (await findPartner(client, request.principal.partnerId))!;
        const product = parent.evidence.product as { name: string; type: ProductType };
        const plans = await allSupportPlans(client);
        const planQuery: PlanQuery = {
          plans,
          competency: provider.competency,
          productType: product.type,
          productName: product.name,
          now: new Date(),
          ...(request.body.supportPlanId ? { requestedPlanId: request.body.supportPlanId } : {}),
        };
        if (parent.channel === 'technical') refuse(planRefusal(planQuery));
        const plan = parent.channel === 'technical' ? await takePlan(client, planQuery) : undefined;
        const forwarded = await insertEscalation(client, {
          partnerId: provider.id,
          supportRequestId: null,
          channel: parent.channel,
          target: 'microsoft',
          targetPartnerId: null,
          supportPlanId: plan?.id ?? null,
          incidentConsumed: plan?.incidentConsumed ?? false,
          severity: request.body.severity ?? parent.severity,
          parentEscalationId: parent.id,
          summary: request.body.summary ?? parent.summary,
          supportTopicId: request.body.supportTopicId ?? parent.supportTopicId,
          evidence: parent.evidence,
        });
        await recordEscalationEvent(request, client, forwarded, 'created', {
          channel: forwarded.channel,
          target: 'microsoft',
          parentEscalationId: parent.id,
        });
        await recordEscalationEvent(request, client, parent, 'forwarded', { childEscalationId: forwarded.id });
        if (parent.state === 'open')
          await moveEscalation(request, client, parent, 'submitted', { externalCaseId: forwarded.id });
        return forwarded;
      });
      return reply.code(201).header('location', `/v1/escalations/${child.id}`).send(present(request, child));
    },
  );

  app.get(
    '/v1/escalations/:id/partner-center-request',
    {
      schema: {
        operationId: 'getPartnerCenterRequest',
        tags,
        summary: 'The Partner Center service request to file for an escalation to Microsoft, ready to submit',
        params: IdParams,
        response: responses({ 200: PartnerCenterRequest }, 404, 409),
      },
      config: { access: 'escalations:read' },
    },
    async (request) => {
      const escalation = await request.inTenant((client) => visibleEscalation(request, client, request.params.id));
      if (escalation.target !== 'microsoft' || escalation.partnerId !== request.principal.partnerId) {
        throw new ProblemError(
          'invalid-transition',
          'Only an escalation to Microsoft, by its own partner, is filed in Partner Center.',
        );
      }
      return partnerCenterRequest(escalation);
    },
  );
}

/** Partner Center's ServiceRequest fields, from the escalation's evidence, so nobody retypes them. */
function partnerCenterRequest(escalation: EscalationRow) {
  const evidence = escalation.evidence as {
    request: {
      number: number;
      title: string;
      description: string;
      requester: { name: string; email: string; phone?: string | null };
    };
    diagnosis: { cause: string; summary: string };
    healthCheck: { checkedAt: string; outcome: string; matchingIncidentIds: string[] } | null;
    customerTenantId: string;
    product: { name: string; service: string; type: string };
  };
  const [firstName = '', ...rest] = evidence.request.requester.name.split(' ');
  return {
    Title: `${evidence.product.service}: ${evidence.request.title}`.slice(0, 200),
    Description: `${escalation.summary}\n\n${evidence.request.description}`,
    Severity: escalation.severity,
    SupportTopicId: escalation.supportTopicId,
    ProductName: evidence.product.name,
    PrimaryContact: {
      FirstName: firstName,
      LastName: rest.join(' '),
      Email: evidence.request.requester.email,
      PhoneNumber: evidence.request.requester.phone ?? null,
    },
    Notes: [
      `Customer tenant: ${evidence.customerTenantId}`,
      `Service: ${evidence.product.service} (${evidence.product.type})`,
      `Diagnosis: ${evidence.diagnosis.cause} — ${evidence.diagnosis.summary}`,
      evidence.healthCheck
        ? `Service health checked ${evidence.healthCheck.checkedAt}: ${evidence.healthCheck.outcome}`
        : 'Service health: not checked (commercial escalation)',
      `Partner reference: request #${evidence.request.number}, escalation ${escalation.id}`,
    ].join('\n'),
  };
}
