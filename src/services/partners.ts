import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import { uncoveredCustomers } from '../db/customers.js';
import { findPartner, insertPartner, updateSupportProfile, type PartnerRow } from '../db/partners.js';
import type { Pool } from '../db/pool.js';
import { hasDefaultSlaDefinition } from '../db/slaDefinitions.js';
import { findSupportPlan, insertSupportPlan, type SupportPlanRow } from '../db/supportPlans.js';
import { withTenant } from '../db/tenant.js';
import { complianceFindings } from '../domain/compliance.js';
import { hasIncidentAllowance, isActive } from '../domain/supportPlans.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { NewPartner, NewSupportPlan, SupportProfile } from '../schemas/partners.js';
import { issueApiKey } from './apiKeys.js';
import { lockVersioned, type CallerContext, type Context, type Tx } from './context.js';

/** Partners (tenants), their support profile (R6), the Microsoft support plans they hold, compliance. */

/**
 * Creates a partner and its first admin_agent key. The one flow that spans tenants (it reads the
 * indirect provider, then writes the new partner), so it takes the pool, not a transaction.
 */
export async function createPartner(pool: Pool, input: Static<typeof NewPartner>) {
  if ((input.kind === 'indirect_reseller') !== (input.indirectProviderId !== undefined)) {
    throw new ProblemError(
      'invalid-reference',
      'An indirect_reseller names its indirectProviderId; other kinds do not.',
    );
  }
  const providerId = input.indirectProviderId;
  if (providerId) {
    const provider = await withTenant(pool, providerId, (tx) => findPartner(tx, providerId));
    if (provider?.kind !== 'indirect_provider') {
      throw new ProblemError('invalid-reference', 'indirectProviderId does not name an indirect_provider partner.');
    }
  }
  const id = randomUUID();
  return withTenant(pool, id, async (tx) => {
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

export async function setSupportProfile(
  tx: Tx,
  ctx: CallerContext,
  input: Static<typeof SupportProfile>,
): Promise<PartnerRow> {
  await lockVersioned(tx, ctx, 'partners', ctx.caller.partnerId);
  return updateSupportProfile(tx, ctx.caller.partnerId, input);
}

/** A plan as served: whether it is active now. */
export const presentPlan = (ctx: Context, plan: SupportPlanRow) => ({ ...plan, active: isActive(plan, ctx.now) });

export async function addSupportPlan(tx: Tx, ctx: CallerContext, input: Static<typeof NewSupportPlan>) {
  const { kind, validFrom, validUntil = null, incidentsTotal } = input;
  if (hasIncidentAllowance(kind) !== (incidentsTotal !== undefined)) {
    const message = hasIncidentAllowance(kind) ? 'is required for this kind' : 'is only for partner_network_incidents';
    throw invalidFields([{ path: '/incidentsTotal', message }]);
  }
  if (validUntil !== null && Date.parse(validUntil) <= Date.parse(validFrom)) {
    throw invalidFields([{ path: '/validUntil', message: 'must be after validFrom' }]);
  }
  const partnerId = ctx.caller.partnerId;
  const plan = await insertSupportPlan(tx, {
    partnerId,
    kind,
    validFrom,
    validUntil,
    incidentsTotal: incidentsTotal ?? null,
  });
  return presentPlan(ctx, plan);
}

export async function visibleSupportPlan(tx: Tx, ctx: Context, id: string) {
  const plan = await findSupportPlan(tx, id);
  if (!plan) throw new ProblemError('not-found', 'No such support plan.');
  return presentPlan(ctx, plan);
}

/** What breaks R6: customers without published coverage, an incomplete support profile, no default SLA. */
export async function compliance(tx: Tx, ctx: CallerContext) {
  const partner = (await findPartner(tx, ctx.caller.partnerId))!;
  const uncovered = await uncoveredCustomers(tx, 100);
  const findings = complianceFindings({
    supportProfile: partner.supportProfile,
    hasDefaultSla: await hasDefaultSlaDefinition(tx),
    uncoveredCustomerIds: uncovered.ids,
    uncoveredCustomerCount: uncovered.count,
  });
  return { compliant: findings.length === 0, findings };
}
