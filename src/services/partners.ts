import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import { uncoveredCustomers } from '../db/customers.js';
import { recordEvent } from '../db/events.js';
import { findPartner, insertPartner, updateCompetency, updateSupportProfile, type PartnerRow } from '../db/partners.js';
import { hasDefaultSlaDefinition } from '../db/slaDefinitions.js';
import { findSupportPlan, insertSupportPlan, type SupportPlanRow } from '../db/supportPlans.js';
import { uncoveredRequests } from '../db/supportRequests.js';
import { actingAs } from '../db/tenant.js';
import { complianceFindings, isCompliant } from '../domain/compliance.js';
import { unhealthyAfterHours } from '../domain/connectors.js';
import { connectorsFailingSince } from '../db/connectors.js';
import { planEligibilityRefusal } from '../domain/escalationPolicy.js';
import { deliveryProviderError } from '../domain/partners.js';
import { hasIncidentAllowance, isActive } from '../domain/supportPlans.js';
import { invalidFields, ProblemError, refuse } from '../domain/problems.js';
import type { NewPartner, NewSupportPlan, PartnerChange, SupportProfile } from '../schemas/partners.js';
import { issueApiKey } from './apiKeys.js';
import { lockVersioned, type CallerContext, type Context, type Tx } from './context.js';

/** Partners (tenants), their support profile (R6), the Microsoft support plans they hold, compliance. */

/**
 * Creates a partner and its first admin_agent key, for the operator. The flow spans tenants (it
 * reads the indirect provider, then writes the new partner), each step `actingAs` that partner in
 * the operator's one transaction, so the partner, its key and an idempotent answer commit together.
 */
export async function createPartner(tx: Tx, input: Static<typeof NewPartner>) {
  if ((input.kind === 'indirect_reseller') !== (input.indirectProviderId !== undefined)) {
    throw new ProblemError(
      'invalid-reference',
      'An indirect_reseller names its indirectProviderId; other kinds do not.',
    );
  }
  const providerId = input.indirectProviderId;
  if (providerId) {
    const provider = await actingAs(tx, providerId, () => findPartner(tx, providerId));
    if (provider?.kind !== 'indirect_provider') {
      throw new ProblemError('invalid-reference', 'indirectProviderId does not name an indirect_provider partner.');
    }
  }
  const id = randomUUID();
  return actingAs(tx, id, async () => {
    const partner = await insertPartner(tx, {
      id,
      name: input.name,
      kind: input.kind,
      indirectProviderId: providerId ?? null,
      competency: input.competency ?? 'none',
    });
    const apiKey = await issueApiKey(tx, { partnerId: id, name: 'first admin key', role: 'admin_agent' });
    return { partner, apiKey };
  });
}

/**
 * Changes a partner's MPN competency (the operator's flow; competencies change, and the plans
 * that need one are checked against it at escalation time, R4). Runs in the partner's tenant
 * transaction; a change writes `partner.competency_changed`, the current value changes nothing.
 */
export async function changeCompetency(
  tx: Tx,
  ctx: Context,
  id: string,
  input: Static<typeof PartnerChange>,
): Promise<PartnerRow> {
  await lockVersioned(tx, ctx, 'partners', id);
  const current = (await findPartner(tx, id))!;
  if (current.competency === input.competency) return current;
  const changed = await updateCompetency(tx, id, input.competency);
  await recordEvent(tx, {
    type: 'partner.competency_changed',
    subject: { type: 'partner', id },
    actor: ctx.actor,
    data: { from: current.competency, to: input.competency },
  });
  return changed;
}

/** What customers are shown (R6): the whole profile; what is omitted beyond the contact is cleared. */
export async function setSupportProfile(
  tx: Tx,
  ctx: CallerContext,
  input: Static<typeof SupportProfile>,
): Promise<PartnerRow> {
  const { deliveryModel = null, deliveryProvider = null, collectionsPolicy = null } = input;
  const providerError = deliveryProviderError(deliveryModel, deliveryProvider);
  if (providerError) throw invalidFields([{ path: '/deliveryProvider', message: providerError }]);
  await lockVersioned(tx, ctx, 'partners', ctx.caller.partnerId);
  return updateSupportProfile(tx, ctx.caller.partnerId, {
    ...input,
    deliveryModel,
    deliveryProvider,
    collectionsPolicy,
    selfHelpLinks: input.selfHelpLinks ?? [],
    trainingOffers: input.trainingOffers ?? [],
    language: input.language ?? 'en',
    incidentResolvedNotes: input.incidentResolvedNotes ?? {},
  });
}

/** A plan as served: whether it is active now. */
export const presentPlan = (ctx: Context, plan: SupportPlanRow) => ({ ...plan, active: isActive(plan, ctx.now) });

export async function addSupportPlan(tx: Tx, ctx: CallerContext, input: Static<typeof NewSupportPlan>) {
  const { kind, validFrom, validUntil = null, incidentsTotal, eligibleProducts } = input;
  if (eligibleProducts && !hasIncidentAllowance(kind)) {
    throw invalidFields([{ path: '/eligibleProducts', message: 'is only for partner_network_incidents' }]);
  }
  if (hasIncidentAllowance(kind) !== (incidentsTotal !== undefined)) {
    const message = hasIncidentAllowance(kind) ? 'is required for this kind' : 'is only for partner_network_incidents';
    throw invalidFields([{ path: '/incidentsTotal', message }]);
  }
  if (validUntil !== null && Date.parse(validUntil) <= Date.parse(validFrom)) {
    throw invalidFields([{ path: '/validUntil', message: 'must be after validFrom' }]);
  }
  const partnerId = ctx.caller.partnerId;
  // A competency benefit is recorded only for a partner with that competency (R4).
  refuse(planEligibilityRefusal(kind, (await findPartner(tx, partnerId))!.competency));
  const plan = await insertSupportPlan(tx, {
    partnerId,
    kind,
    validFrom,
    validUntil,
    incidentsTotal: incidentsTotal ?? null,
    eligibleProducts: eligibleProducts ?? null,
  });
  return presentPlan(ctx, plan);
}

export async function visibleSupportPlan(tx: Tx, ctx: Context, id: string) {
  const plan = await findSupportPlan(tx, id);
  if (!plan) throw new ProblemError('not-found', 'No such support plan.');
  return presentPlan(ctx, plan);
}

/**
 * What breaks R6: customers and open requests without published coverage, an incomplete support
 * profile, no default SLA; and warnings for what customers should be told (collections policy,
 * self-help links).
 */
export async function compliance(tx: Tx, ctx: CallerContext) {
  const partner = (await findPartner(tx, ctx.caller.partnerId))!;
  const uncovered = await uncoveredCustomers(tx, 100);
  const received = await uncoveredRequests(tx, 100);
  const { email, telephone, website, collectionsPolicy, selfHelpLinks } = partner.supportProfile;
  const findings = complianceFindings({
    supportProfile: { email, telephone, website },
    collectionsPolicy,
    selfHelpLinkCount: selfHelpLinks.length,
    hasDefaultSla: await hasDefaultSlaDefinition(tx),
    uncoveredCustomerIds: uncovered.ids,
    uncoveredCustomerCount: uncovered.count,
    uncoveredRequests: received.requests,
    uncoveredRequestCount: received.count,
    unhealthyConnectors: await connectorsFailingSince(
      tx,
      new Date(ctx.now.getTime() - unhealthyAfterHours * 3_600_000),
    ),
  });
  return { compliant: isCompliant(findings), findings };
}
