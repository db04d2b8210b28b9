import type { Role } from './access.js';
import type { Refusal } from './problems.js';
import { partyOf } from './requestLifecycle.js';
import { isCommercial, type Category } from './supportRequests.js';

/** What intake looks at, gathered by the route; the policy itself does no I/O. */
export interface IntakeFacts {
  role: Role;
  /** The customer a customer_user key acts for; null for partner agents. */
  ownCustomerId: string | null;
  customerId: string;
  category: Category;
  /** The customer as this partner knows it, if it exists. */
  customer: { billingStatus: string } | undefined;
  /** The support types of the published SLA definition covering it, if any. */
  coveredSupportTypes: readonly Category[] | null;
}

/**
 * Who may raise which request (SPEC §3, "(create) → new"), as one ordered list of guards: the
 * first refusal answers.
 */
const intakeGuards: readonly ((facts: IntakeFacts) => Refusal | undefined)[] = [
  // R1, R7: agents and customers raise requests; a billing admin only billing and subscription ones.
  (f) =>
    partyOf(f.role, f.category)
      ? undefined
      : { code: 'forbidden', detail: `A ${f.role} does not raise ${f.category} requests.` },
  // R1: a customer user raises requests for its own customer only.
  (f) =>
    f.ownCustomerId && f.customerId !== f.ownCustomerId
      ? { code: 'invalid-reference', detail: 'A customer user raises requests for its own customer only.' }
      : undefined,
  (f) =>
    f.customer
      ? undefined
      : { code: 'invalid-reference', detail: 'customerId does not name a customer of this partner.' },
  // R7: a suspended customer may still raise billing and subscription requests.
  (f) =>
    f.customer?.billingStatus === 'suspended' && !isCommercial(f.category)
      ? {
          code: 'customer-suspended',
          detail: 'This customer is suspended: it may raise billing and subscription requests only.',
        }
      : undefined,
  // R6: a published SLA definition covers the customer, and offers this type of support.
  (f) => {
    if (!f.coveredSupportTypes) {
      return {
        code: 'no-sla-coverage',
        detail: 'No published SLA definition covers this customer; publish a default or assign one.',
      };
    }
    return f.coveredSupportTypes.includes(f.category)
      ? undefined
      : {
          code: 'no-sla-coverage',
          detail: `The SLA definition covering this customer does not offer ${f.category} support.`,
        };
  },
];

export function refuseIntake(facts: IntakeFacts): Refusal | undefined {
  for (const guard of intakeGuards) {
    const refusal = guard(facts);
    if (refusal) return refusal;
  }
  return undefined;
}
