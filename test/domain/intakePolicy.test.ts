/**
 * Intake (SPEC §3, "(create) → new"), guard by guard and without a database: for each rule a
 * request it lets through and one it refuses with its code. The first refusal answers, so each
 * refusing case breaks exactly one rule of otherwise acceptable facts.
 */
import t from 'tap';
import { refuseIntake, type IntakeFacts } from '../../src/domain/intakePolicy.js';
import type { ProblemCode } from '../../src/domain/problems.js';
import { categories } from '../../src/domain/supportRequests.js';

const acceptable: IntakeFacts = {
  role: 'admin_agent',
  ownCustomerId: null,
  customerId: 'customer-1',
  category: 'troubleshooting',
  customer: { billingStatus: 'active' },
  coveredSupportTypes: categories,
};

interface Rule {
  rule: string;
  passes: { name: string; facts: Partial<IntakeFacts> }[];
  refuses: { name: string; facts: Partial<IntakeFacts>; code: ProblemCode }[];
}

const rules: Rule[] = [
  {
    rule: 'R1, R7: agents and customers raise requests; a billing admin only billing and subscription ones',
    passes: [
      { name: 'a helpdesk agent, a technical request', facts: { role: 'helpdesk_agent' } },
      { name: 'a billing admin, a billing request', facts: { role: 'billing_admin', category: 'billing' } },
      { name: 'a billing admin, a subscription request', facts: { role: 'billing_admin', category: 'subscription' } },
      {
        name: 'a customer user, for its own customer',
        facts: { role: 'customer_user', ownCustomerId: 'customer-1' },
      },
    ],
    refuses: [
      { name: 'a sales agent', facts: { role: 'sales_agent' }, code: 'forbidden' },
      { name: 'a billing admin, a technical request', facts: { role: 'billing_admin' }, code: 'forbidden' },
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
    passes: [{ name: 'a known customer', facts: { customer: { billingStatus: 'past_due' } } }],
    refuses: [{ name: 'an unknown customer', facts: { customer: undefined }, code: 'invalid-reference' }],
  },
  {
    rule: 'R7: a suspended customer raises billing and subscription requests only',
    passes: [
      {
        name: 'suspended, a billing request',
        facts: { customer: { billingStatus: 'suspended' }, category: 'billing' },
      },
      {
        name: 'suspended, a subscription request',
        facts: { customer: { billingStatus: 'suspended' }, category: 'subscription' },
      },
    ],
    refuses: [
      {
        name: 'suspended, a troubleshooting request',
        facts: { customer: { billingStatus: 'suspended' } },
        code: 'customer-suspended',
      },
    ],
  },
  {
    rule: 'R6: a published SLA definition covers the customer and offers this type of support',
    passes: [{ name: 'covered for this category only', facts: { coveredSupportTypes: ['troubleshooting'] } }],
    refuses: [
      { name: 'no definition covers the customer', facts: { coveredSupportTypes: null }, code: 'no-sla-coverage' },
      {
        name: 'the definition does not offer this category',
        facts: { coveredSupportTypes: ['billing', 'subscription'] },
        code: 'no-sla-coverage',
      },
    ],
  },
];

t.test('acceptable facts are accepted', async (t) => {
  t.equal(refuseIntake(acceptable), undefined);
});

for (const { rule, passes, refuses } of rules) {
  t.test(rule, async (t) => {
    for (const { name, facts } of passes)
      t.equal(refuseIntake({ ...acceptable, ...facts }), undefined, `${name}: accepted`);
    for (const { name, facts, code } of refuses) {
      const refusal = refuseIntake({ ...acceptable, ...facts });
      t.equal(refusal?.code, code, `${name}: ${code}`);
      t.ok(refusal?.detail, `${name}: the refusal says why`);
    }
  });
}

t.test('the first broken rule answers', async (t) => {
  // A sales agent, for an unknown customer, uncovered: the role is checked first.
  const refusal = refuseIntake({ ...acceptable, role: 'sales_agent', customer: undefined, coveredSupportTypes: null });
  t.equal(refusal?.code, 'forbidden');
  // A suspended customer with no coverage: R7 before R6.
  t.equal(
    refuseIntake({ ...acceptable, customer: { billingStatus: 'suspended' }, coveredSupportTypes: null })?.code,
    'customer-suspended',
  );
});
