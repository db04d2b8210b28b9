/** Support request vocabulary (SPEC §2), shared by the SLA terms, intake and the lifecycle. */
export const categories = ['billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting', 'updates', 'usage'] as const;
export type Category = (typeof categories)[number];

/** Partner Center's severity values. */
export const severities = ['critical', 'moderate', 'minimal'] as const;
export type Severity = (typeof severities)[number];

export const requestStates = ['new', 'in_progress', 'awaiting_customer', 'escalated', 'resolved', 'closed', 'cancelled'] as const;
export type RequestState = (typeof requestStates)[number];
