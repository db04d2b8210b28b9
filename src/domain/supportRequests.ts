/** Support request vocabulary (SPEC §2), shared by the SLA terms, intake and the lifecycle. */
export const categories = [
  'billing',
  'subscription',
  'provisioning',
  'configuration',
  'troubleshooting',
  'updates',
  'usage',
] as const;
export type Category = (typeof categories)[number];

/**
 * Whether `products` names `productName`. Product names compare case-insensitively wherever a list
 * of them is matched (suspended products, a plan's eligible products): "exchange online" is
 * "Exchange Online".
 */
export function namesProduct(products: readonly string[], productName: string): boolean {
  const name = productName.toLowerCase();
  return products.some((product) => product.toLowerCase() === name);
}

/** Partner Center's severity values. */
export const severities = ['critical', 'moderate', 'minimal'] as const;
export type Severity = (typeof severities)[number];

export const requestStates = [
  'new',
  'in_progress',
  'awaiting_customer',
  'escalated',
  'resolved',
  'closed',
  'cancelled',
] as const;
export type RequestState = (typeof requestStates)[number];

export const productTypes = ['cloud', 'on_premises'] as const;
export type ProductType = (typeof productTypes)[number];
export const requestChannels = ['phone', 'email', 'web', 'chat', 'api'] as const;
export type RequestChannel = (typeof requestChannels)[number];

/**
 * Diagnosis causes and who owns each (R3). Microsoft owns what its services do wrong; everything
 * in the partner's baseline — configuration, deployment, integration, permissions, usage, billing —
 * is the partner's to resolve.
 */
export const causeOwnership = {
  misconfiguration: 'partner',
  missing_settings: 'partner',
  incomplete_integration: 'partner',
  permissions: 'partner',
  deployment: 'partner',
  usage_question: 'partner',
  billing_question: 'partner',
  subscription_change: 'partner',
  updates: 'partner',
  training_need: 'partner',
  undocumented_service_behavior: 'microsoft',
  service_unavailable: 'microsoft',
  service_bug: 'microsoft',
  network_outage: 'microsoft',
  regional_multitenant_issue: 'microsoft',
} as const;
export type Cause = keyof typeof causeOwnership;
export const ownerships = ['partner', 'microsoft'] as const;
export type Ownership = (typeof ownerships)[number];
export const causes = Object.keys(causeOwnership) as Cause[];

/**
 * A service health check (R2) finds known incidents of the request's service, or none, or could
 * not ask Microsoft (the Graph connector failed): then it proves nothing.
 */
export const healthCheckOutcomes = ['clear', 'known_incident', 'unavailable'] as const;

/** Customers write and read public notes only (R9). */
export const noteVisibilities = ['public', 'internal'] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

/** Billing and subscription requests (R7, R8): what a suspended customer and a billing admin may touch. */
export const commercialCategories: readonly Category[] = ['billing', 'subscription'];
export const isCommercial = (category: Category) => commercialCategories.includes(category);
