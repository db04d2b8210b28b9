import type { Role } from './access.js';
import type { Competency, PartnerKind } from './partners.js';
import type { ProblemCode, Refusal } from './problems.js';
import { isActive, type SupportPlanKind } from './supportPlans.js';
import {
  causeOwnership,
  isCommercial,
  namesProduct,
  type Category,
  type Cause,
  type ProductType,
  type RequestState,
} from './supportRequests.js';

export const escalationChannels = ['commercial', 'technical'] as const;
export type EscalationChannel = (typeof escalationChannels)[number];
export const escalationTargets = ['microsoft', 'indirect_provider'] as const;
export type EscalationTarget = (typeof escalationTargets)[number];

export interface PlanFacts {
  id: string;
  kind: SupportPlanKind;
  validFrom: string;
  validUntil: string | null;
  incidentsRemaining: number | null;
  /** The on-premises products a partner network incidents plan names; null: every product of its type. */
  eligibleProducts: string[] | null;
}

/** Everything the policy looks at, gathered by the route; the policy itself does no I/O. */
export interface EscalationFacts {
  role: Role;
  channel: EscalationChannel;
  request: {
    state: RequestState;
    category: Category;
    diagnosisCause: Cause | null;
    healthCheck: { checkedAt: string; outcome: 'clear' | 'known_incident' | 'unavailable' } | null;
    productType: ProductType;
    productName: string;
  };
  partner: { kind: PartnerKind; competency: Competency };
  /** Whether the request already has an escalation in progress. */
  escalationInProgress: boolean;
  requestedTarget?: EscalationTarget;
  requestedPlanId?: string;
  plans: PlanFacts[];
  now: Date;
  healthCheckMaxAgeHours: number;
}

interface Guard {
  name: string;
  /** The SPEC §3 step it implements; guards run in this order and the first refusal answers. */
  step: number;
  /** The escalations it applies to, and the codes it can answer, for the docs. */
  scope: 'all' | 'commercial' | 'technical' | 'technical to Microsoft';
  refuses: readonly ProblemCode[];
  applies: (facts: EscalationFacts) => boolean;
  check: (facts: EscalationFacts) => Refusal | undefined;
}

/** Technical escalations by the agents who work every request; commercial ones by every agent (003). */
const TECHNICAL_ROLES: readonly Role[] = ['admin_agent', 'helpdesk_agent'];
const COMMERCIAL_ROLES: readonly Role[] = ['admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent'];
const technical = (f: EscalationFacts) => f.channel === 'technical';
const always = () => true;

/** Where an escalation goes (R5): a reseller's to its indirect provider, everyone else's to Microsoft. */
export const targetFor = (kind: PartnerKind): EscalationTarget =>
  kind === 'indirect_reseller' ? 'indirect_provider' : 'microsoft';
const technicalToMicrosoft = (f: EscalationFacts) => technical(f) && targetFor(f.partner.kind) === 'microsoft';

/** Which products a plan covers (R4), and the competency a partner needs to hold it. */
export const planCoverage: Record<
  SupportPlanKind,
  { covers: readonly ProductType[]; needsCompetency?: readonly Competency[] }
> = {
  premier: { covers: ['cloud', 'on_premises'] },
  advanced: { covers: ['cloud'] },
  signature_cloud: { covers: ['cloud'], needsCompetency: ['gold', 'silver'] },
  // An MPN benefit (000): gold, silver and action pack partners, recent on-premises products.
  partner_network_incidents: { covers: ['on_premises'], needsCompetency: ['gold', 'silver', 'action_pack'] },
};

const competencyFits = (kind: SupportPlanKind, competency: Competency) =>
  planCoverage[kind].needsCompetency?.includes(competency) ?? true;

/** Recording a plan (R4): a partner holds a competency benefit only with that competency. */
export function planEligibilityRefusal(kind: SupportPlanKind, competency: Competency): Refusal | undefined {
  return competencyFits(kind, competency)
    ? undefined
    : {
        code: 'plan-not-eligible',
        detail: `A ${kind} plan needs a ${planCoverage[kind].needsCompetency!.join(', ')} competency; this partner's is ${competency}.`,
      };
}

/** Included plans first, so that paid incidents and premium hours are spent last (SPEC §3 step 6). */
export const planPreference: readonly SupportPlanKind[] = [
  'signature_cloud',
  'partner_network_incidents',
  'advanced',
  'premier',
];

export interface PlanQuery {
  plans: PlanFacts[];
  competency: Competency;
  productType: ProductType;
  productName: string;
  now: Date;
  requestedPlanId?: string;
}

/** The active plans that cover the product, whatever the partner's competency now. */
function plansForProduct(query: PlanQuery): PlanFacts[] {
  return query.plans
    .filter((plan) => !query.requestedPlanId || plan.id === query.requestedPlanId)
    .filter((plan) => isActive(plan, query.now))
    .filter((plan) => planCoverage[plan.kind].covers.includes(query.productType))
    .filter((plan) => !plan.eligibleProducts || namesProduct(plan.eligibleProducts, query.productName));
}

/**
 * The plans to escalate under, in the order to use them; a named plan is the only candidate. The
 * competency is checked now, not only when the plan was recorded: competencies change.
 */
export function coveringPlans(query: PlanQuery): PlanFacts[] {
  return plansForProduct(query)
    .filter((plan) => competencyFits(plan.kind, query.competency))
    .sort((a, b) => planPreference.indexOf(a.kind) - planPreference.indexOf(b.kind));
}

const planQueryOf = (f: EscalationFacts): PlanQuery => ({
  plans: f.plans,
  competency: f.partner.competency,
  productType: f.request.productType,
  productName: f.request.productName,
  now: f.now,
  ...(f.requestedPlanId ? { requestedPlanId: f.requestedPlanId } : {}),
});

/** Step 1 for customers (R1): they raise requests, the partner escalates. */
export function customersGoThroughPartner(role: Role): Refusal | undefined {
  return role === 'customer_user'
    ? { code: 'customers-go-through-partner', detail: 'Customers raise requests; only the partner escalates.' }
    : undefined;
}

/** Step 1 for partner agents: technical by admin and helpdesk agents, commercial by every agent. */
export function channelRoleRefusal(f: Pick<EscalationFacts, 'role' | 'channel'>): Refusal | undefined {
  return (f.channel === 'technical' ? TECHNICAL_ROLES : COMMERCIAL_ROLES).includes(f.role)
    ? undefined
    : { code: 'forbidden', detail: `A ${f.role} does not escalate ${f.channel} issues.` };
}

/** R3, for every escalation whose target is Microsoft (a provider's forward included). */
export function microsoftOwnedRefusal(cause: Cause | null): Refusal | undefined {
  return cause && causeOwnership[cause] === 'microsoft'
    ? undefined
    : { code: 'not-microsoft-owned', detail: `${cause} is in the partner's baseline: resolve it with the customer.` };
}

/**
 * Step 6: an active plan covers the product (its type, and its name when the plan lists its
 * products), the partner still has the competency the plan needs, and an incident plan has an
 * incident left.
 */
export function planRefusal(query: PlanQuery): Refusal | undefined {
  const candidates = coveringPlans(query);
  if (candidates.length === 0) {
    const lapsed = plansForProduct(query)[0];
    if (lapsed) return planEligibilityRefusal(lapsed.kind, query.competency);
    return {
      code: 'no-support-plan-coverage',
      detail: `No active support plan${query.requestedPlanId ? ' (as named)' : ''} covers ${query.productType} products for this partner.`,
    };
  }
  return candidates.some((plan) => plan.incidentsRemaining !== 0)
    ? undefined
    : { code: 'incident-allowance-exhausted', detail: 'The partner network incidents allowance is used up.' };
}

/**
 * The escalation policy (SPEC §3, R1–R5): one ordered list of named guards. The README's
 * escalation section is generated from it.
 */
export const escalationGuards: readonly Guard[] = [
  {
    name: 'customers go through the partner (R1)',
    step: 1,
    scope: 'all',
    refuses: ['customers-go-through-partner'],
    applies: always,
    check: (f) => customersGoThroughPartner(f.role),
  },
  {
    name: 'the caller escalates on this channel: technical by admin and helpdesk agents, commercial by every agent (admin, helpdesk, billing admin, sales)',
    step: 1,
    scope: 'all',
    refuses: ['forbidden'],
    applies: always,
    check: (f) => channelRoleRefusal(f),
  },
  {
    name: 'the request has no escalation in progress',
    step: 2,
    scope: 'all',
    refuses: ['escalation-already-open'],
    applies: always,
    check: (f) =>
      f.escalationInProgress
        ? { code: 'escalation-already-open', detail: 'This request already has an escalation in progress.' }
        : undefined,
  },
  {
    name: 'the request is in progress',
    step: 2,
    scope: 'all',
    refuses: ['invalid-transition'],
    applies: always,
    check: (f) =>
      f.request.state === 'in_progress'
        ? undefined
        : {
            code: 'invalid-transition',
            detail: `A ${f.request.state} request is not escalated; take it into work first.`,
          },
  },
  {
    name: 'the partner diagnosed it first (R2)',
    step: 2,
    scope: 'all',
    refuses: ['diagnosis-required'],
    applies: always,
    check: (f) =>
      f.request.diagnosisCause
        ? undefined
        : { code: 'diagnosis-required', detail: 'Record the diagnosis before escalating.' },
  },
  {
    name: 'commercial escalations are about billing or subscriptions (R4)',
    step: 3,
    scope: 'commercial',
    refuses: ['not-commercial-category'],
    applies: (f) => f.channel === 'commercial',
    check: (f) =>
      isCommercial(f.request.category)
        ? undefined
        : { code: 'not-commercial-category', detail: `A ${f.request.category} request is not escalated commercially.` },
  },
  {
    // A reseller takes to its provider whatever it cannot solve (000, 004); the provider
    // forwards to Microsoft only what Microsoft owns (checked again on forward).
    name: "technical escalations to Microsoft are about what Microsoft owns (R3); a reseller's to its provider may be about anything",
    step: 3,
    scope: 'technical to Microsoft',
    refuses: ['not-microsoft-owned'],
    applies: technicalToMicrosoft,
    check: (f) => microsoftOwnedRefusal(f.request.diagnosisCause),
  },
  {
    name: 'service health was checked recently (R2)',
    step: 4,
    scope: 'technical',
    refuses: ['health-check-required'],
    applies: technical,
    check: (f) => {
      const checked = f.request.healthCheck;
      const fresh = checked && f.now.getTime() - Date.parse(checked.checkedAt) <= f.healthCheckMaxAgeHours * 3_600_000;
      return fresh
        ? undefined
        : {
            code: 'health-check-required',
            detail: `Check service health (no older than ${f.healthCheckMaxAgeHours} h) before escalating.`,
          };
    },
  },
  {
    name: 'no active service incident explains it (R2)',
    step: 4,
    scope: 'technical',
    refuses: ['known-service-incident'],
    applies: technical,
    check: (f) =>
      f.request.healthCheck?.outcome === 'known_incident'
        ? {
            code: 'known-service-incident',
            detail: 'An active service incident matches: the issue is known and documented.',
          }
        : undefined,
  },
  {
    name: 'the health check could reach Microsoft (R2): a check that proves nothing does not pass',
    step: 4,
    scope: 'technical',
    refuses: ['service-health-unavailable'],
    applies: technical,
    check: (f) =>
      f.request.healthCheck?.outcome === 'unavailable'
        ? {
            code: 'service-health-unavailable',
            detail: 'The last health check could not reach Microsoft Graph; check again once it answers.',
          }
        : undefined,
  },
  {
    name: 'resellers escalate to their indirect provider, others to Microsoft (R5)',
    step: 5,
    scope: 'all',
    refuses: ['wrong-escalation-target'],
    applies: always,
    check: (f) =>
      f.requestedTarget && f.requestedTarget !== targetFor(f.partner.kind)
        ? {
            code: 'wrong-escalation-target',
            detail: `A ${f.partner.kind} partner escalates to ${targetFor(f.partner.kind)}.`,
          }
        : undefined,
  },
  {
    name: 'an active support plan covers the product (R4): premier all, advanced and signature_cloud (gold or silver) cloud, partner_network_incidents (gold, silver or action_pack; its eligibleProducts when listed) on-premises with an incident left; competency checked now; included plans first',
    step: 6,
    scope: 'technical to Microsoft',
    refuses: ['no-support-plan-coverage', 'plan-not-eligible', 'incident-allowance-exhausted'],
    applies: technicalToMicrosoft,
    check: (f) => planRefusal(planQueryOf(f)),
  },
];

/** The first refusal of the policy, or undefined when the escalation may go ahead. */
export function refuseEscalation(facts: EscalationFacts): Refusal | undefined {
  for (const guard of escalationGuards) {
    if (!guard.applies(facts)) continue;
    const refusal = guard.check(facts);
    if (refusal) return refusal;
  }
  return undefined;
}
