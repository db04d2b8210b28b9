import type { Static } from 'typebox';
import { listAttachments } from '../db/attachments.js';
import { findCustomer } from '../db/customers.js';
import {
  findEscalation,
  findOpenEscalation,
  insertEscalation,
  updateEscalation,
  type EscalationRow,
  type NewEscalationRow,
} from '../db/escalations.js';
import { listSubjectEvents, recordEvent } from '../db/events.js';
import { escalationLinkedRequestIds } from '../db/links.js';
import { lockRow } from '../db/locks.js';
import { findPartner } from '../db/partners.js';
import { allSupportPlans, consumeIncident, returnIncident } from '../db/supportPlans.js';
import { findRequest, lockRequestRow } from '../db/supportRequests.js';
import { actingAs } from '../db/tenant.js';
import {
  checkEscalationMove,
  isFinalEscalation,
  type EscalationState,
  type Side,
} from '../domain/escalationLifecycle.js';
import {
  channelRoleRefusal,
  coveringPlans,
  customersGoThroughPartner,
  microsoftOwnedRefusal,
  planRefusal,
  refuseEscalation,
  targetFor,
  type PlanQuery,
} from '../domain/escalationPolicy.js';
import {
  partnerCenterRequest,
  partnerContactOf,
  type EvidenceAttachment,
  type PartnerContact,
} from '../domain/partnerCenter.js';
import { hasIncidentAllowance } from '../domain/supportPlans.js';
import type { Cause, ProductType } from '../domain/supportRequests.js';
import { invalidFields, ProblemError, refuse } from '../domain/problems.js';
import type { EscalationMove, Forward, NewEscalation } from '../schemas/escalations.js';
import { lockVersioned, type CallerContext, type Context, type Tx } from './context.js';
import { moveRequest } from './supportRequests.js';

/**
 * Escalations to Microsoft or to the indirect provider (R1–R5): raising one, forwarding one
 * (a provider's child escalation to Microsoft), and their moves with the consequences on the
 * raiser's request and on the escalation a forwarded one came from.
 */

/** Customers never see escalations (R9): to them there are none. */
function assertNotCustomer(ctx: CallerContext): void {
  if (ctx.caller.role === 'customer_user') throw new ProblemError('not-found', 'No such escalation.');
}

/** The escalation as this caller sees it: its target never sees the raiser's request (R5). */
export function presentEscalation(ctx: CallerContext, escalation: EscalationRow) {
  const raiser = escalation.partnerId === ctx.caller.partnerId;
  return { ...escalation, supportRequestId: raiser ? escalation.supportRequestId : null };
}

/** The sides the caller is on: for a Microsoft target the partner relays Microsoft's answers too. */
function sidesOf(ctx: CallerContext, escalation: EscalationRow): Side[] {
  const me = ctx.caller.partnerId;
  if (escalation.partnerId === me) return escalation.target === 'microsoft' ? ['raiser', 'target'] : ['raiser'];
  return escalation.targetPartnerId === me ? ['target'] : [];
}

export async function visibleEscalation(tx: Tx, ctx: CallerContext, id: string): Promise<EscalationRow> {
  assertNotCustomer(ctx);
  const escalation = await findEscalation(tx, id);
  if (!escalation) throw new ProblemError('not-found', 'No such escalation.');
  return escalation;
}

/**
 * The list filter as this caller may use it: a request id narrows to the escalations the caller
 * raised, so that a provider cannot learn whether a reseller's request id exists.
 */
export function escalationFilter<F extends { supportRequestId?: string }>(
  ctx: CallerContext,
  query: F,
): F & { raisedBy?: string } {
  assertNotCustomer(ctx);
  return query.supportRequestId ? { ...query, raisedBy: ctx.caller.partnerId } : query;
}

/** Locks an escalation for a change (honouring If-Match), then reads it as it now stands. */
export async function lockEscalation(tx: Tx, ctx: CallerContext, id: string): Promise<EscalationRow> {
  assertNotCustomer(ctx);
  await lockVersioned(tx, ctx, 'escalations', id);
  return (await findEscalation(tx, id))!;
}

/**
 * Picks the plan to escalate under, in the policy's order, and takes an incident from it when it
 * is an incident plan. Another escalation may take the last incident first: then the next plan.
 */
async function takePlan(tx: Tx, query: PlanQuery): Promise<{ id: string; incidentConsumed: boolean }> {
  for (const plan of coveringPlans(query)) {
    if (!hasIncidentAllowance(plan.kind)) return { id: plan.id, incidentConsumed: false };
    if (await consumeIncident(tx, plan.id)) return { id: plan.id, incidentConsumed: true };
  }
  throw new ProblemError('incident-allowance-exhausted', 'The partner network incidents allowance is used up.');
}

const recordEscalationEvent = (
  tx: Tx,
  ctx: Context,
  escalation: EscalationRow,
  type: string,
  data: Record<string, unknown>,
) =>
  recordEvent(tx, {
    type: `escalation.${type}`,
    subject: { type: 'escalation', id: escalation.id },
    actor: ctx.actor,
    data: { ...data, state: escalation.state },
    partnerId: escalation.partnerId,
    alsoVisibleTo: escalation.targetPartnerId,
  });

/**
 * Opens an escalation, raised on a request or forwarded from a reseller's escalation: takes the
 * plan (and an incident) when it goes to Microsoft under a plan, stores it and records it.
 */
async function openEscalation(
  tx: Tx,
  ctx: Context,
  escalation: Omit<NewEscalationRow, 'supportPlanId' | 'incidentConsumed'>,
  planQuery: PlanQuery | undefined,
): Promise<EscalationRow> {
  const plan = planQuery ? await takePlan(tx, planQuery) : undefined;
  const opened = await insertEscalation(tx, {
    ...escalation,
    supportPlanId: plan?.id ?? null,
    incidentConsumed: plan?.incidentConsumed ?? false,
  });
  await recordEscalationEvent(tx, ctx, opened, 'created', {
    channel: opened.channel,
    target: opened.target,
    ...(opened.parentEscalationId
      ? { parentEscalationId: opened.parentEscalationId }
      : { supportPlanId: opened.supportPlanId }),
  });
  return opened;
}

/**
 * An ended escalation's own request and the requests linked to it return to in_progress together,
 * each the same way, as the raiser (the caller may be its provider), in the request-id lock order.
 */
async function returnRequestsToWork(tx: Tx, ctx: Context, escalation: EscalationRow, reason: string): Promise<void> {
  await actingAs(tx, escalation.partnerId, async () => {
    const linked = await escalationLinkedRequestIds(tx, escalation.id);
    const own = escalation.supportRequestId ? [escalation.supportRequestId] : [];
    for (const id of [...own, ...linked].sort()) {
      const supportRequest = (await lockRequestRow(tx, id))!;
      if (supportRequest.state === 'escalated')
        await moveRequest(tx, ctx, supportRequest, { to: 'in_progress', reason });
    }
  });
}

/**
 * Moves an escalation and carries the consequences: a final state returns the raiser's request
 * and those linked to it to in_progress, and a forwarded escalation's moves show on the reseller
 * escalation it came from.
 */
export async function moveEscalation(
  tx: Tx,
  ctx: Context,
  escalation: EscalationRow,
  to: EscalationState,
  input: { externalCaseId?: string | undefined; note?: string | undefined },
): Promise<EscalationRow> {
  const withdrawnUnfiled = to === 'withdrawn' && escalation.state === 'open' && escalation.incidentConsumed;
  if (withdrawnUnfiled) await returnIncident(tx, escalation.supportPlanId!);
  const moved = await updateEscalation(tx, escalation.id, {
    state: to,
    ...(input.externalCaseId ? { externalCaseId: input.externalCaseId } : {}),
    ...(isFinalEscalation(to) && input.note ? { outcome: input.note } : {}),
    ...(withdrawnUnfiled ? { incidentConsumed: false } : {}),
  });
  await recordEscalationEvent(tx, ctx, moved, 'state_changed', {
    from: escalation.state,
    to,
    ...(input.externalCaseId ? { externalCaseId: input.externalCaseId } : {}),
    ...(input.note ? { note: input.note } : {}),
  });
  if (isFinalEscalation(to)) await returnRequestsToWork(tx, ctx, moved, `escalation ${to}`);
  if (moved.parentEscalationId && to !== 'withdrawn') {
    await lockRow(tx, 'escalations', moved.parentEscalationId);
    const parent = (await findEscalation(tx, moved.parentEscalationId))!;
    const externalCaseId = parent.externalCaseId ?? moved.id;
    if (checkEscalationMove(parent.state, to, ['raiser', 'target'], { externalCaseId }).ok) {
      await moveEscalation(tx, ctx, parent, to, { externalCaseId, ...(input.note ? { note: input.note } : {}) });
    }
  }
  return moved;
}

/** Every file on the request, internal ones included (Microsoft and the provider are not the customer). */
async function attachmentsOf(
  tx: Tx,
  supportRequestId: string,
): Promise<(EvidenceAttachment & { visibility: string })[]> {
  const attachments = await listAttachments(tx, supportRequestId, undefined, MAX_EVIDENCE_ATTACHMENTS);
  return attachments.map(({ id, fileName, contentType, sizeBytes, sha256, visibility }) => ({
    id,
    fileName,
    contentType,
    sizeBytes,
    sha256,
    visibility,
  }));
}

/** More than any configuration lets a request carry (ATTACHMENTS_PER_REQUEST is at most 1000). */
const MAX_EVIDENCE_ATTACHMENTS = 1000;

/** What Microsoft or the provider needs to take the case without asking again, and whom to call back. */
async function evidenceOf(
  tx: Tx,
  supportRequestId: string,
  partnerContact: PartnerContact,
): Promise<Record<string, unknown>> {
  const supportRequest = (await findRequest(tx, supportRequestId))!;
  const customer = (await findCustomer(tx, supportRequest.customerId))!;
  const subject = { type: 'support_request', id: supportRequest.id };
  const timeline = await listSubjectEvents(tx, subject, false, undefined, 200);
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
    attachments: await attachmentsOf(tx, supportRequest.id),
    partnerContact,
  };
}

/** Escalates a request (R1–R5): the policy's guards, then the escalation, its plan and the request's move. */
export async function escalate(
  tx: Tx,
  ctx: CallerContext,
  input: Static<typeof NewEscalation>,
): Promise<EscalationRow> {
  const { caller } = ctx;
  // Customers never escalate (R1), whichever request they name.
  refuse(customersGoThroughPartner(caller.role));
  const supportRequest = await lockRequestRow(tx, input.supportRequestId);
  if (!supportRequest)
    throw new ProblemError('invalid-reference', 'supportRequestId does not name a support request of this partner.');
  const partner = (await findPartner(tx, caller.partnerId))!;
  const plans = await allSupportPlans(tx);
  const requestedPlan = input.supportPlanId ? { requestedPlanId: input.supportPlanId } : {};
  refuse(
    refuseEscalation({
      role: caller.role,
      channel: input.channel,
      request: supportRequest,
      escalationInProgress: (await findOpenEscalation(tx, supportRequest.id)) !== undefined,
      partner,
      plans,
      now: ctx.now,
      healthCheckMaxAgeHours: ctx.settings.healthCheckMaxAgeHours,
      ...(input.target ? { requestedTarget: input.target } : {}),
      ...requestedPlan,
    }),
  );
  const target = targetFor(partner.kind);
  const underPlan = input.channel === 'technical' && target === 'microsoft';
  const { competency } = partner;
  // The evidence is the request as it stood when escalated; its move to escalated is recorded
  // before the escalation, as the feed has always shown them.
  const evidence = await evidenceOf(tx, supportRequest.id, partnerContactOf(partner, input.contact));
  await moveRequest(tx, ctx, supportRequest, { to: 'escalated', reason: `escalated to ${target}` });
  return openEscalation(
    tx,
    ctx,
    {
      partnerId: partner.id,
      supportRequestId: supportRequest.id,
      channel: input.channel,
      target,
      targetPartnerId: target === 'indirect_provider' ? partner.indirectProviderId : null,
      severity: input.severity ?? supportRequest.severity,
      parentEscalationId: null,
      summary: input.summary,
      supportTopicId: input.supportTopicId ?? null,
      evidence,
    },
    underPlan
      ? {
          plans,
          competency,
          productType: supportRequest.productType,
          productName: supportRequest.productName,
          now: ctx.now,
          ...requestedPlan,
        }
      : undefined,
  );
}

/** An indirect provider forwards a reseller's escalation to Microsoft under its own plans (R5). */
export async function forwardEscalation(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  input: Static<typeof Forward>,
): Promise<EscalationRow> {
  const parent = await lockEscalation(tx, ctx, id);
  if (parent.targetPartnerId !== ctx.caller.partnerId) {
    throw new ProblemError('forbidden', 'Only the indirect provider it is addressed to forwards an escalation.');
  }
  if (isFinalEscalation(parent.state) || parent.childEscalationId) {
    const why = parent.childEscalationId ? 'already forwarded' : parent.state;
    throw new ProblemError('escalation-already-open', `This escalation is ${why}.`);
  }
  refuse(channelRoleRefusal({ role: ctx.caller.role, channel: parent.channel }));
  const provider = (await findPartner(tx, ctx.caller.partnerId))!;
  const product = parent.evidence.product as { name: string; type: ProductType };
  const planQuery: PlanQuery = {
    plans: await allSupportPlans(tx),
    competency: provider.competency,
    productType: product.type,
    productName: product.name,
    now: ctx.now,
    ...(input.supportPlanId ? { requestedPlanId: input.supportPlanId } : {}),
  };
  if (parent.channel === 'technical') {
    // A reseller may bring its provider anything (R5); Microsoft gets only what it owns (R3).
    refuse(microsoftOwnedRefusal((parent.evidence.diagnosis as { cause: Cause | null }).cause));
    refuse(planRefusal(planQuery));
  }
  const forwarded = await openEscalation(
    tx,
    ctx,
    {
      partnerId: provider.id,
      supportRequestId: null,
      channel: parent.channel,
      target: 'microsoft',
      targetPartnerId: null,
      severity: input.severity ?? parent.severity,
      parentEscalationId: parent.id,
      summary: input.summary ?? parent.summary,
      supportTopicId: input.supportTopicId ?? parent.supportTopicId,
      // Microsoft calls the provider back, not the reseller.
      evidence: { ...parent.evidence, partnerContact: partnerContactOf(provider, input.contact) },
    },
    parent.channel === 'technical' ? planQuery : undefined,
  );
  await recordEscalationEvent(tx, ctx, parent, 'forwarded', { childEscalationId: forwarded.id });
  if (parent.state === 'open') await moveEscalation(tx, ctx, parent, 'submitted', { externalCaseId: forwarded.id });
  return forwarded;
}

/** Moves an escalation as the caller's side on it may (see the escalation lifecycle). */
export async function transitionEscalation(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  input: Static<typeof EscalationMove>,
): Promise<EscalationRow> {
  const escalation = await lockEscalation(tx, ctx, id);
  refuse(channelRoleRefusal({ role: ctx.caller.role, channel: escalation.channel }));
  const { to, externalCaseId, note } = input;
  const check = checkEscalationMove(escalation.state, to, sidesOf(ctx, escalation), { externalCaseId });
  if (!check.ok) {
    if (check.code === 'validation-failed')
      throw invalidFields([{ path: '/externalCaseId', message: 'is required to submit' }]);
    throw new ProblemError(check.code, check.detail);
  }
  return moveEscalation(tx, ctx, escalation, to, { externalCaseId, note });
}

/** The Partner Center service request to file for the caller's own escalation to Microsoft. */
export async function partnerCenterRequestOf(tx: Tx, ctx: CallerContext, id: string) {
  const escalation = await visibleEscalation(tx, ctx, id);
  if (escalation.target !== 'microsoft' || escalation.partnerId !== ctx.caller.partnerId) {
    throw new ProblemError(
      'invalid-transition',
      'Only an escalation to Microsoft, by its own partner, is filed in Partner Center.',
    );
  }
  // Escalations raised before the contact was kept name the partner's support profile.
  const contact =
    (escalation.evidence.partnerContact as PartnerContact | undefined) ??
    partnerContactOf((await findPartner(tx, ctx.caller.partnerId))!, undefined);
  // The request's files as they are now: Microsoft often asks for more after the escalation.
  const attachments = escalation.supportRequestId
    ? await attachmentsOf(tx, escalation.supportRequestId)
    : ((escalation.evidence.attachments as EvidenceAttachment[] | undefined) ?? []);
  return partnerCenterRequest(escalation, contact, attachments);
}
