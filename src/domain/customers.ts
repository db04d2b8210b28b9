/** A customer's standing with the partner's billing (R7: suspended customers raise billing requests only). */
export const billingStatuses = ['active', 'past_due', 'suspended'] as const;
export type BillingStatus = (typeof billingStatuses)[number];
