import type { Role } from './access.js';
import type { ProblemCode, Refusal } from './problems.js';
import { partyOf } from './requestLifecycle.js';
import { isCommercial, namesProduct, type Category } from './supportRequests.js';

/** What a customer's non-payment takes away (R7): everything, or the products named. */
export interface Suspension {
  billingStatus: string;
  suspendedProducts: readonly string[];
}

/** Whether the customer's access to this product is suspended. */
export function isSuspendedFor(customer: Suspension, productName: string): boolean {
  return customer.billingStatus === 'suspended' || namesProduct(customer.suspendedProducts, productName);
}

/** What intake looks at, gathered by the caller; the policy itself does no I/O. */
export interface IntakeFacts {
  role: Role;
  /** The customer a customer_user key acts for; null for partner agents. */
  ownCustomerId: string | null;
  customerId: string;
  category: Category;
  productName: string;
  /** The customer as this partner knows it, if it exists. */
  customer: Suspension | undefined;
}

interface IntakeGuard {
  /** What it checks, for the README's intake table. */
  name: string;
  refuses: ProblemCode;
  check: (facts: IntakeFacts) => Refusal | undefined;
}

/**
 * Who may raise which request (SPEC §3, "(create) → new"), as one ordered list of guards: the
 * first refusal answers. Missing SLA coverage is not among them: the partner must receive every
 * request (R6); an uncovered one is received as such (see `slaCoverage`).
 */
export const intakeGuards: readonly IntakeGuard[] = [
  {
    name: 'agents and customers raise requests; billing admins and sales agents billing and subscription ones only (R1, 003)',
    refuses: 'forbidden',
    check: (f) =>
      partyOf(f.role, f.category)
        ? undefined
        : { code: 'forbidden', detail: `A ${f.role} does not raise ${f.category} requests.` },
  },
  {
    name: 'a customer user raises requests for its own customer only (R1)',
    refuses: 'invalid-reference',
    check: (f) =>
      f.ownCustomerId && f.customerId !== f.ownCustomerId
        ? { code: 'invalid-reference', detail: 'A customer user raises requests for its own customer only.' }
        : undefined,
  },
  {
    name: 'the customer is one of the partner',
    refuses: 'invalid-reference',
    check: (f) =>
      f.customer
        ? undefined
        : { code: 'invalid-reference', detail: 'customerId does not name a customer of this partner.' },
  },
  {
    name: 'for what is suspended (the whole customer, or the product named), billing and subscription requests only (R7)',
    refuses: 'customer-suspended',
    check: (f) =>
      f.customer && isSuspendedFor(f.customer, f.productName) && !isCommercial(f.category)
        ? {
            code: 'customer-suspended',
            detail:
              f.customer.billingStatus === 'suspended'
                ? 'This customer is suspended: it may raise billing and subscription requests only.'
                : `This customer's access to ${f.productName} is suspended: it may raise billing and subscription requests about it only.`,
          }
        : undefined,
  },
];

export function refuseIntake(facts: IntakeFacts): Refusal | undefined {
  for (const guard of intakeGuards) {
    const refusal = guard.check(facts);
    if (refusal) return refusal;
  }
  return undefined;
}

export const slaCoverages = ['covered', 'uncovered'] as const;
export type SlaCoverage = (typeof slaCoverages)[number];

/**
 * R6: a request is covered when a published SLA definition covers its customer and offers its
 * type of support; otherwise it is received all the same, without an SLA clock, and reported.
 */
export const slaCoverage = (coveredSupportTypes: readonly Category[] | null, category: Category): SlaCoverage =>
  coveredSupportTypes?.includes(category) ? 'covered' : 'uncovered';
