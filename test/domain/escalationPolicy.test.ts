/**
 * The escalation policy (SPEC §3, steps 1–6), guard by guard and without a database: for every
 * code a guard can answer, facts it lets through and facts it refuses with that code. Each
 * refusing case breaks one rule of otherwise acceptable facts, so the guard under test is the one
 * that answers.
 */
import t from 'tap';
import {
  coveringPlans,
  escalationGuards,
  planEligibilityRefusal,
  planPreference,
  refuseEscalation,
  targetFor,
  type EscalationFacts,
  type PlanFacts,
} from '../../src/domain/escalationPolicy.js';
import type { ProblemCode } from '../../src/domain/problems.js';
import { causeOwnership, causes } from '../../src/domain/supportRequests.js';

const now = new Date('2026-06-01T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

function plan(kind: PlanFacts['kind'], overrides: Partial<PlanFacts> = {}): PlanFacts {
  return {
    id: `plan-${kind}`,
    kind,
    validFrom: '2026-01-01T00:00:00.000Z',
    validUntil: null,
    incidentsRemaining: kind === 'partner_network_incidents' ? 5 : null,
    eligibleProducts: null,
    ...overrides,
  };
}

/** A technical escalation to Microsoft that every guard lets through. */
const technical: EscalationFacts = {
  role: 'admin_agent',
  channel: 'technical',
  request: {
    state: 'in_progress',
    category: 'troubleshooting',
    diagnosisCause: 'service_bug',
    healthCheck: { checkedAt: hoursAgo(2), outcome: 'clear' },
    productType: 'cloud',
    productName: 'Exchange Online',
  },
  partner: { kind: 'direct', competency: 'gold' },
  escalationInProgress: false,
  plans: [plan('advanced')],
  now,
  healthCheckMaxAgeHours: 24,
};

/** A commercial escalation that every guard lets through: no health check, no plan needed. */
const commercial: EscalationFacts = {
  ...technical,
  role: 'billing_admin',
  channel: 'commercial',
  request: { ...technical.request, category: 'billing', diagnosisCause: 'billing_question', healthCheck: null },
  plans: [],
};

type Change = (facts: EscalationFacts) => EscalationFacts;
const withRequest =
  (request: Partial<EscalationFacts['request']>): Change =>
  (f) => ({ ...f, request: { ...f.request, ...request } });
const withFacts =
  (facts: Partial<EscalationFacts>): Change =>
  (f) => ({ ...f, ...facts });
const withPartner =
  (partner: Partial<EscalationFacts['partner']>): Change =>
  (f) => ({ ...f, partner: { ...f.partner, ...partner } });
const asReseller = withPartner({ kind: 'indirect_reseller' });
const asProvider = withPartner({ kind: 'indirect_provider' });
/** An on-premises product, under the given plans. */
const onPremises =
  (plans: PlanFacts[], productName = 'SQL Server 2022'): Change =>
  (f) => ({ ...f, request: { ...f.request, productType: 'on_premises', productName }, plans });
const then =
  (...changes: Change[]): Change =>
  (f) =>
    changes.reduce((facts, change) => change(facts), f);
const partnerCauses = causes.filter((cause) => causeOwnership[cause] === 'partner');
const microsoftCauses = causes.filter((cause) => causeOwnership[cause] === 'microsoft');

interface Case {
  name: string;
  base: EscalationFacts;
  change: Change;
}

const cases: Record<string, { passes: Case[]; refuses: Case[] }> = {
  'customers-go-through-partner': {
    passes: [{ name: 'an admin agent', base: technical, change: withFacts({ role: 'admin_agent' }) }],
    refuses: [
      { name: 'a customer user, technical', base: technical, change: withFacts({ role: 'customer_user' }) },
      { name: 'a customer user, commercial', base: commercial, change: withFacts({ role: 'customer_user' }) },
    ],
  },
  forbidden: {
    passes: [
      { name: 'technical by a helpdesk agent', base: technical, change: withFacts({ role: 'helpdesk_agent' }) },
      { name: 'commercial by an admin agent', base: commercial, change: withFacts({ role: 'admin_agent' }) },
      { name: 'commercial by a billing admin', base: commercial, change: withFacts({ role: 'billing_admin' }) },
      { name: 'commercial by a helpdesk agent', base: commercial, change: withFacts({ role: 'helpdesk_agent' }) },
      { name: 'commercial by a sales agent', base: commercial, change: withFacts({ role: 'sales_agent' }) },
    ],
    refuses: [
      { name: 'technical by a billing admin', base: technical, change: withFacts({ role: 'billing_admin' }) },
      { name: 'technical by a sales agent', base: technical, change: withFacts({ role: 'sales_agent' }) },
      { name: 'technical by a user admin', base: technical, change: withFacts({ role: 'user_admin' }) },
      { name: 'commercial by a user admin', base: commercial, change: withFacts({ role: 'user_admin' }) },
    ],
  },
  'escalation-already-open': {
    passes: [{ name: 'none in progress', base: technical, change: withFacts({ escalationInProgress: false }) }],
    refuses: [{ name: 'one in progress', base: commercial, change: withFacts({ escalationInProgress: true }) }],
  },
  'invalid-transition': {
    passes: [{ name: 'in progress', base: technical, change: withRequest({ state: 'in_progress' }) }],
    refuses: (['new', 'awaiting_customer', 'escalated', 'resolved', 'closed', 'cancelled'] as const).map((state) => ({
      name: `a ${state} request`,
      base: technical,
      change: withRequest({ state }),
    })),
  },
  'diagnosis-required': {
    passes: [{ name: 'diagnosed', base: commercial, change: withRequest({ diagnosisCause: 'billing_question' }) }],
    refuses: [
      { name: 'technical, undiagnosed', base: technical, change: withRequest({ diagnosisCause: null }) },
      { name: 'commercial, undiagnosed', base: commercial, change: withRequest({ diagnosisCause: null }) },
    ],
  },
  'not-commercial-category': {
    passes: [{ name: 'a subscription request', base: commercial, change: withRequest({ category: 'subscription' }) }],
    refuses: [
      { name: 'a troubleshooting request', base: commercial, change: withRequest({ category: 'troubleshooting' }) },
      { name: 'a usage request', base: commercial, change: withRequest({ category: 'usage' }) },
    ],
  },
  'not-microsoft-owned': {
    passes: [
      ...microsoftCauses.map((cause) => ({
        name: `${cause}, direct → Microsoft`,
        base: technical,
        change: withRequest({ diagnosisCause: cause }),
      })),
      ...microsoftCauses.map((cause) => ({
        name: `${cause}, provider → Microsoft`,
        base: technical,
        change: then(asProvider, withRequest({ diagnosisCause: cause })),
      })),
      // A reseller takes to its provider whatever it cannot solve; the provider forwards only what Microsoft owns.
      ...partnerCauses.map((cause) => ({
        name: `${cause}, reseller → its provider`,
        base: technical,
        change: then(asReseller, withRequest({ diagnosisCause: cause })),
      })),
      {
        name: 'partner-owned, commercial (R3 is for technical escalations)',
        base: commercial,
        change: withRequest({ diagnosisCause: 'billing_question' }),
      },
    ],
    refuses: [
      ...partnerCauses.map((cause) => ({
        name: `${cause}, direct → Microsoft`,
        base: technical,
        change: withRequest({ diagnosisCause: cause }),
      })),
      ...partnerCauses.map((cause) => ({
        name: `${cause}, provider → Microsoft`,
        base: technical,
        change: then(asProvider, withRequest({ diagnosisCause: cause })),
      })),
    ],
  },
  'health-check-required': {
    passes: [
      {
        name: 'checked exactly 24 h ago',
        base: technical,
        change: withRequest({ healthCheck: { checkedAt: hoursAgo(24), outcome: 'clear' } }),
      },
      { name: 'commercial needs none', base: commercial, change: withRequest({ healthCheck: null }) },
    ],
    refuses: [
      { name: 'never checked', base: technical, change: withRequest({ healthCheck: null }) },
      {
        name: 'checked 24 h and a minute ago',
        base: technical,
        change: withRequest({ healthCheck: { checkedAt: hoursAgo(24 + 1 / 60), outcome: 'clear' } }),
      },
      {
        name: 'checked 2 h ago, with a 1 h limit',
        base: technical,
        change: withFacts({ healthCheckMaxAgeHours: 1 }),
      },
    ],
  },
  'known-service-incident': {
    passes: [
      {
        name: 'a known incident on a commercial escalation',
        base: commercial,
        change: withRequest({ healthCheck: { checkedAt: hoursAgo(1), outcome: 'known_incident' } }),
      },
    ],
    refuses: [
      {
        name: 'the check found an active incident',
        base: technical,
        change: withRequest({ healthCheck: { checkedAt: hoursAgo(1), outcome: 'known_incident' } }),
      },
    ],
  },
  'service-health-unavailable': {
    passes: [
      {
        name: 'an unavailable check on a commercial escalation',
        base: commercial,
        change: withRequest({ healthCheck: { checkedAt: hoursAgo(1), outcome: 'unavailable' } }),
      },
    ],
    refuses: [
      {
        name: 'the check could not reach Microsoft Graph',
        base: technical,
        change: withRequest({ healthCheck: { checkedAt: hoursAgo(1), outcome: 'unavailable' } }),
      },
    ],
  },
  'wrong-escalation-target': {
    passes: [
      { name: 'direct → microsoft', base: technical, change: withFacts({ requestedTarget: 'microsoft' }) },
      {
        name: 'indirect provider → microsoft',
        base: technical,
        change: (f) => ({ ...f, partner: { ...f.partner, kind: 'indirect_provider' }, requestedTarget: 'microsoft' }),
      },
      {
        name: 'reseller → its provider',
        base: technical,
        change: (f) => ({
          ...f,
          partner: { ...f.partner, kind: 'indirect_reseller' },
          requestedTarget: 'indirect_provider',
        }),
      },
    ],
    refuses: [
      { name: 'direct → provider', base: technical, change: withFacts({ requestedTarget: 'indirect_provider' }) },
      {
        name: 'reseller → microsoft',
        base: commercial,
        change: (f) => ({ ...f, partner: { ...f.partner, kind: 'indirect_reseller' }, requestedTarget: 'microsoft' }),
      },
    ],
  },
  'no-support-plan-coverage': {
    passes: [
      {
        name: 'premier covers on-premises',
        base: technical,
        change: (f) => ({ ...withRequest({ productType: 'on_premises' })(f), plans: [plan('premier')] }),
      },
      { name: 'signature_cloud with gold', base: technical, change: withFacts({ plans: [plan('signature_cloud')] }) },
      {
        name: 'signature_cloud with silver',
        base: technical,
        change: (f) => ({ ...f, partner: { ...f.partner, competency: 'silver' }, plans: [plan('signature_cloud')] }),
      },
      {
        name: 'a reseller needs no plan (its provider escalates)',
        base: technical,
        change: (f) => ({ ...f, partner: { ...f.partner, kind: 'indirect_reseller' }, plans: [] }),
      },
      {
        name: 'partner_network_incidents lists the product',
        base: technical,
        change: onPremises([
          plan('partner_network_incidents', { eligibleProducts: ['Windows Server 2022', 'SQL Server 2022'] }),
        ]),
      },
      {
        name: 'partner_network_incidents lists the product in another case',
        base: technical,
        change: onPremises([plan('partner_network_incidents', { eligibleProducts: ['sql server 2022'] })]),
      },
      {
        name: 'partner_network_incidents lists no products: every on-premises product',
        base: technical,
        change: onPremises([plan('partner_network_incidents')]),
      },
      {
        name: 'partner_network_incidents does not list it, but premier covers it',
        base: technical,
        change: onPremises([
          plan('partner_network_incidents', { eligibleProducts: ['Windows Server 2022'] }),
          plan('premier'),
        ]),
      },
      {
        name: 'the named plan covers it',
        base: technical,
        change: withFacts({ plans: [plan('advanced'), plan('premier')], requestedPlanId: 'plan-premier' }),
      },
    ],
    refuses: [
      { name: 'no plan', base: technical, change: withFacts({ plans: [] }) },
      {
        name: 'advanced does not cover on-premises',
        base: technical,
        change: withRequest({ productType: 'on_premises' }),
      },
      {
        name: 'partner_network_incidents does not cover cloud',
        base: technical,
        change: withFacts({ plans: [plan('partner_network_incidents')] }),
      },
      {
        name: 'partner_network_incidents lists other products only',
        base: technical,
        change: onPremises([plan('partner_network_incidents', { eligibleProducts: ['Windows Server 2022'] })]),
      },
      {
        name: 'partner_network_incidents lists no products at all',
        base: technical,
        change: onPremises([plan('partner_network_incidents', { eligibleProducts: [] })]),
      },
      {
        name: 'the plan ended',
        base: technical,
        change: withFacts({ plans: [plan('advanced', { validUntil: hoursAgo(1) })] }),
      },
      {
        name: 'the plan has not started',
        base: technical,
        change: withFacts({ plans: [plan('advanced', { validFrom: '2026-07-01T00:00:00.000Z' })] }),
      },
      {
        name: 'the named plan does not cover it, although another does',
        base: technical,
        change: withFacts({
          plans: [plan('advanced'), plan('partner_network_incidents')],
          requestedPlanId: 'plan-partner_network_incidents',
        }),
      },
    ],
  },
  'plan-not-eligible': {
    passes: [
      {
        name: 'partner_network_incidents with action_pack',
        base: technical,
        change: then(withPartner({ competency: 'action_pack' }), onPremises([plan('partner_network_incidents')])),
      },
      {
        name: 'premier needs no competency',
        base: technical,
        change: then(withPartner({ competency: 'none' }), onPremises([plan('premier')])),
      },
      {
        name: 'advanced needs no competency',
        base: technical,
        change: withPartner({ competency: 'none' }),
      },
      {
        name: 'signature_cloud not eligible, but advanced also covers it',
        base: technical,
        change: then(
          withPartner({ competency: 'action_pack' }),
          withFacts({ plans: [plan('signature_cloud'), plan('advanced')] }),
        ),
      },
    ],
    refuses: [
      {
        name: 'signature_cloud with action_pack',
        base: technical,
        change: then(withPartner({ competency: 'action_pack' }), withFacts({ plans: [plan('signature_cloud')] })),
      },
      {
        name: 'signature_cloud, the competency since lost',
        base: technical,
        change: then(withPartner({ competency: 'none' }), withFacts({ plans: [plan('signature_cloud')] })),
      },
      {
        name: 'partner_network_incidents without a competency',
        base: technical,
        change: then(withPartner({ competency: 'none' }), onPremises([plan('partner_network_incidents')])),
      },
    ],
  },
  'incident-allowance-exhausted': {
    passes: [
      {
        name: 'one incident left',
        base: technical,
        change: (f) => ({
          ...withRequest({ productType: 'on_premises' })(f),
          plans: [plan('partner_network_incidents', { incidentsRemaining: 1 })],
        }),
      },
      {
        name: 'used up, but premier also covers it',
        base: technical,
        change: (f) => ({
          ...withRequest({ productType: 'on_premises' })(f),
          plans: [plan('partner_network_incidents', { incidentsRemaining: 0 }), plan('premier')],
        }),
      },
    ],
    refuses: [
      {
        name: 'no incident left',
        base: technical,
        change: (f) => ({
          ...withRequest({ productType: 'on_premises' })(f),
          plans: [plan('partner_network_incidents', { incidentsRemaining: 0 })],
        }),
      },
    ],
  },
};

t.test('every code a guard answers has cases, and only those', async (t) => {
  const guardCodes = new Set(escalationGuards.flatMap((guard) => guard.refuses));
  t.same(Object.keys(cases).sort(), [...guardCodes].sort());
  t.same(
    escalationGuards.map((guard) => guard.step),
    [...escalationGuards.map((guard) => guard.step)].sort((a, b) => a - b),
    'guards run in the order of SPEC §3 steps',
  );
});

t.test('acceptable escalations are accepted', async (t) => {
  t.equal(refuseEscalation(technical), undefined, 'technical to Microsoft');
  t.equal(refuseEscalation(commercial), undefined, 'commercial');
});

for (const [code, { passes, refuses }] of Object.entries(cases)) {
  t.test(code, async (t) => {
    t.ok(passes.length > 0 && refuses.length > 0, 'a case that passes and one that refuses');
    for (const { name, base, change } of passes)
      t.equal(refuseEscalation(change(base)), undefined, `${name}: accepted`);
    for (const { name, base, change } of refuses) {
      const facts = change(base);
      const refusal = refuseEscalation(facts);
      t.equal(refusal?.code, code, `${name}: ${code}`);
      const answering = escalationGuards.find((guard) => guard.applies(facts) && guard.check(facts));
      t.ok(answering?.refuses.includes(code as ProblemCode), `${name}: answered by a guard that lists ${code}`);
    }
  });
}

t.test('R5: resellers escalate to their indirect provider, everyone else to Microsoft', async (t) => {
  t.equal(targetFor('indirect_reseller'), 'indirect_provider');
  t.equal(targetFor('indirect_provider'), 'microsoft');
  t.equal(targetFor('direct'), 'microsoft');
});

t.test('step 6: included plans are used first, whatever order the partner holds them in', async (t) => {
  t.same(planPreference, ['signature_cloud', 'partner_network_incidents', 'advanced', 'premier']);
  const held = [plan('premier'), plan('advanced'), plan('signature_cloud')];
  const query = {
    plans: held,
    competency: 'gold' as const,
    productType: 'cloud' as const,
    productName: 'Exchange Online',
    now,
  };
  t.same(
    coveringPlans(query).map((p) => p.kind),
    ['signature_cloud', 'advanced', 'premier'],
  );
  t.same(
    coveringPlans({
      ...query,
      productType: 'on_premises',
      plans: [plan('premier'), plan('partner_network_incidents')],
    }).map((p) => p.kind),
    ['partner_network_incidents', 'premier'],
  );
  t.same(
    coveringPlans({ ...query, requestedPlanId: 'plan-premier' }).map((p) => p.kind),
    ['premier'],
    'a named plan is the only candidate',
  );
});

t.test('step 6: a plan that lists its products covers those only', async (t) => {
  const listing = plan('partner_network_incidents', { eligibleProducts: ['SQL Server 2022'] });
  const query = {
    plans: [listing, plan('premier')],
    competency: 'silver' as const,
    productType: 'on_premises' as const,
    productName: 'SQL Server 2022',
    now,
  };
  t.same(
    coveringPlans(query).map((p) => p.kind),
    ['partner_network_incidents', 'premier'],
  );
  t.same(
    coveringPlans({ ...query, productName: 'Windows Server 2022' }).map((p) => p.kind),
    ['premier'],
    'a product it does not list: premier only',
  );
  t.same(
    coveringPlans({ ...query, competency: 'none' }).map((p) => p.kind),
    ['premier'],
    'without the competency, the incidents plan is no candidate',
  );
});

t.test('R4: recording a plan needs the competency it is a benefit of', async (t) => {
  for (const kind of ['premier', 'advanced'] as const) {
    t.equal(planEligibilityRefusal(kind, 'none'), undefined, `${kind}: any competency`);
  }
  t.equal(planEligibilityRefusal('signature_cloud', 'gold'), undefined);
  t.equal(planEligibilityRefusal('signature_cloud', 'silver'), undefined);
  t.equal(planEligibilityRefusal('signature_cloud', 'action_pack')?.code, 'plan-not-eligible');
  t.equal(planEligibilityRefusal('partner_network_incidents', 'action_pack'), undefined);
  const refusal = planEligibilityRefusal('partner_network_incidents', 'none');
  t.equal(refusal?.code, 'plan-not-eligible');
  t.match(refusal?.detail, /gold, silver, action_pack/, 'the refusal names the competencies that qualify');
});
