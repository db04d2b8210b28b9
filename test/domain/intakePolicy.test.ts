/**
 * Intake (SPEC §3, "(create) → new"), guard by guard and without a database: for each guard a
 * request it lets through and one it refuses with its code. The first refusal answers, so each
 * refusing case breaks exactly one rule of otherwise acceptable facts, and the guard that answers
 * is checked to be the one under test. Missing SLA coverage is no guard (R6): such a request is
 * received, as uncovered.
 */
import t from 'tap';
import {
  intakeGuards,
  isSuspendedFor,
  refuseIntake,
  slaCoverage,
  type IntakeFacts,
} from '../../src/domain/intakePolicy.js';
import type { ProblemCode } from '../../src/domain/problems.js';
import { categories } from '../../src/domain/supportRequests.js';

const acceptable: IntakeFacts = {
  role: 'admin_agent',
  ownCustomerId: null,
  customerId: 'customer-1',
  category: 'troubleshooting',
  productName: 'Exchange Online',
  customer: { billingStatus: 'active', suspendedProducts: [] },
};

const suspended = { billingStatus: 'suspended', suspendedProducts: [] };
/** Only Exchange Online is suspended; the customer as a whole is not. */
const exchangeSuspended = { billingStatus: 'past_due', suspendedProducts: ['Exchange Online'] };

interface Rule {
  /** The guard under test, by its position in `intakeGuards`. */
  rule: string;
  passes: { name: string; facts: Partial<IntakeFacts> }[];
  refuses: { name: string; facts: Partial<IntakeFacts>; code: ProblemCode }[];
}

/** One entry per guard, in the guards' order. */
const rules: Rule[] = [
  {
    rule: 'R1, 003: agents and customers raise requests; billing admins and sales agents billing and subscription ones only',
    passes: [
      { name: 'a helpdesk agent, a technical request', facts: { role: 'helpdesk_agent' } },
      { name: 'a billing admin, a billing request', facts: { role: 'billing_admin', category: 'billing' } },
      { name: 'a billing admin, a subscription request', facts: { role: 'billing_admin', category: 'subscription' } },
      { name: 'a sales agent, a billing request', facts: { role: 'sales_agent', category: 'billing' } },
      { name: 'a sales agent, a subscription request', facts: { role: 'sales_agent', category: 'subscription' } },
      {
        name: 'a customer user, for its own customer',
        facts: { role: 'customer_user', ownCustomerId: 'customer-1' },
      },
    ],
    refuses: [
      { name: 'a sales agent, a technical request', facts: { role: 'sales_agent' }, code: 'forbidden' },
      {
        name: 'a sales agent, a usage request',
        facts: { role: 'sales_agent', category: 'usage' },
        code: 'forbidden',
      },
      { name: 'a billing admin, a technical request', facts: { role: 'billing_admin' }, code: 'forbidden' },
      { name: 'a user admin, a technical request', facts: { role: 'user_admin' }, code: 'forbidden' },
      {
        name: 'a user admin, a billing request',
        facts: { role: 'user_admin', category: 'billing' },
        code: 'forbidden',
      },
    ],
  },
  {
    rule: 'R1: a customer user raises requests for its own customer only',
    passes: [
      { name: 'its own customer', facts: { role: 'customer_user', ownCustomerId: 'customer-1' } },
      { name: 'an agent, for any customer of the partner', facts: { customerId: 'customer-2' } },
    ],
    refuses: [
      {
        name: 'another customer',
        facts: { role: 'customer_user', ownCustomerId: 'customer-2' },
        code: 'invalid-reference',
      },
    ],
  },
  {
    rule: 'the customer is one of this partner',
    passes: [{ name: 'a known customer', facts: { customer: { billingStatus: 'past_due', suspendedProducts: [] } } }],
    refuses: [{ name: 'an unknown customer', facts: { customer: undefined }, code: 'invalid-reference' }],
  },
  {
    rule: 'R7: for what is suspended (the whole customer, or the product), billing and subscription requests only',
    passes: [
      { name: 'suspended, a billing request', facts: { customer: suspended, category: 'billing' } },
      { name: 'suspended, a subscription request', facts: { customer: suspended, category: 'subscription' } },
      {
        name: 'the product suspended, a billing request about it',
        facts: { customer: exchangeSuspended, category: 'billing' },
      },
      {
        name: 'another product suspended, a technical request about this one',
        facts: { customer: exchangeSuspended, productName: 'SharePoint Online' },
      },
      {
        name: 'past due, nothing suspended',
        facts: { customer: { billingStatus: 'past_due', suspendedProducts: [] } },
      },
    ],
    refuses: [
      { name: 'suspended, a troubleshooting request', facts: { customer: suspended }, code: 'customer-suspended' },
      {
        name: 'suspended, a request about any product',
        facts: { customer: suspended, productName: 'SharePoint Online', category: 'configuration' },
        code: 'customer-suspended',
      },
      {
        name: 'the product suspended, a troubleshooting request about it',
        facts: { customer: exchangeSuspended },
        code: 'customer-suspended',
      },
      {
        name: 'the product suspended, named in another case',
        facts: { customer: exchangeSuspended, productName: 'EXCHANGE online' },
        code: 'customer-suspended',
      },
    ],
  },
];

t.test('acceptable facts are accepted', async (t) => {
  t.equal(refuseIntake(acceptable), undefined);
});

t.test('every guard has a rule here, each with a case that passes and one that refuses', async (t) => {
  t.equal(rules.length, intakeGuards.length);
  for (const [i, { rule, passes, refuses }] of rules.entries()) {
    t.ok(passes.length > 0 && refuses.length > 0, rule);
    t.same(
      [...new Set(refuses.map((refusal) => refusal.code))],
      [intakeGuards[i]!.refuses],
      `${rule}: the codes its guard answers`,
    );
  }
});

for (const [i, { rule, passes, refuses }] of rules.entries()) {
  t.test(rule, async (t) => {
    for (const { name, facts } of passes)
      t.equal(refuseIntake({ ...acceptable, ...facts }), undefined, `${name}: accepted`);
    for (const { name, facts, code } of refuses) {
      const all = { ...acceptable, ...facts };
      const refusal = refuseIntake(all);
      t.equal(refusal?.code, code, `${name}: ${code}`);
      t.ok(refusal?.detail, `${name}: the refusal says why`);
      const answering = intakeGuards.findIndex((guard) => guard.check(all));
      t.equal(answering, i, `${name}: answered by the guard under test`);
    }
  });
}

t.test('R7: the refusal names what is suspended', async (t) => {
  const whole = refuseIntake({ ...acceptable, customer: suspended });
  t.match(whole?.detail, /customer is suspended/);
  const product = refuseIntake({ ...acceptable, customer: exchangeSuspended });
  t.match(product?.detail, /access to Exchange Online is suspended/);
});

t.test('isSuspendedFor: the whole customer, or the products named, whatever their case', async (t) => {
  t.ok(isSuspendedFor(suspended, 'Anything'), 'a suspended customer, any product');
  t.ok(isSuspendedFor(exchangeSuspended, 'Exchange Online'));
  t.ok(isSuspendedFor(exchangeSuspended, 'exchange online'), 'case-insensitive');
  t.notOk(isSuspendedFor(exchangeSuspended, 'Exchange'), 'the whole name, not a part');
  t.notOk(isSuspendedFor(exchangeSuspended, 'SharePoint Online'));
  t.notOk(isSuspendedFor({ billingStatus: 'active', suspendedProducts: [] }, 'Exchange Online'));
});

t.test('R6: missing SLA coverage refuses nothing; the request is received as uncovered', async (t) => {
  t.notOk(
    intakeGuards.some((guard) => (guard.refuses as string) === 'no-sla-coverage'),
    'no guard answers no-sla-coverage',
  );
  t.equal(slaCoverage(categories, 'troubleshooting'), 'covered');
  t.equal(slaCoverage(['troubleshooting'], 'troubleshooting'), 'covered', 'covered for this category only');
  t.equal(slaCoverage(null, 'troubleshooting'), 'uncovered', 'no definition covers the customer');
  t.equal(slaCoverage(['billing', 'subscription'], 'troubleshooting'), 'uncovered', 'not offered for this category');
  t.equal(slaCoverage([], 'billing'), 'uncovered', 'a definition that offers nothing');
});

t.test('the first broken rule answers', async (t) => {
  // A sales agent's technical request for an unknown customer: the role is checked first.
  t.equal(refuseIntake({ ...acceptable, role: 'sales_agent', customer: undefined })?.code, 'forbidden');
  // A customer user naming another customer that does not exist: its own customer only, first.
  t.equal(
    refuseIntake({ ...acceptable, role: 'customer_user', ownCustomerId: 'customer-2', customer: suspended })?.detail,
    'A customer user raises requests for its own customer only.',
  );
});
