/**
 * R6 findings: what stops the partner from telling every customer how it gets support, and the
 * requests it received without an SLA to answer them under. Failures make the partner
 * non-compliant; warnings name what customers should be told but the pages do not require.
 * Pure: the caller gathers the facts, this decides what they mean.
 */
export interface ComplianceFacts {
  supportProfile: { email: string | null; telephone: string | null; website: string | null };
  collectionsPolicy: string | null;
  selfHelpLinkCount: number;
  hasDefaultSla: boolean;
  uncoveredCustomerIds: string[];
  uncoveredCustomerCount: number;
  /** Open requests received with no covering SLA definition (the first 100), and how many there are. */
  uncoveredRequests: { id: string; number: number; customerId: string }[];
  uncoveredRequestCount: number;
  /** Microsoft connectors failing for 24 h or more (issue 17). */
  unhealthyConnectors: UnhealthyConnector[];
}

export interface UnhealthyConnector {
  kind: string;
  failingSince: string;
  lastError: string | null;
}

export const findingCodes = [
  'incomplete-support-profile',
  'no-default-sla',
  'customers-without-sla',
  'uncovered-requests',
  'no-collections-policy',
  'no-self-help-links',
  'unhealthy-connectors',
] as const;
export type FindingCode = (typeof findingCodes)[number];
export const findingLevels = ['failure', 'warning'] as const;

export interface Finding {
  code: FindingCode;
  level: (typeof findingLevels)[number];
  detail: string;
  missing?: string[];
  customerIds?: string[];
  requests?: { id: string; number: number; customerId: string }[];
  count?: number;
  connectors?: UnhealthyConnector[];
}

export function complianceFindings(facts: ComplianceFacts): Finding[] {
  const findings: Finding[] = [];
  const missing = Object.entries(facts.supportProfile)
    .filter(([, value]) => !value)
    .map(([field]) => field);
  if (missing.length > 0) {
    findings.push({
      code: 'incomplete-support-profile',
      level: 'failure',
      detail: `Customers are shown the support profile, which lacks: ${missing.join(', ')}.`,
      missing,
    });
  }
  if (!facts.hasDefaultSla) {
    findings.push({
      code: 'no-default-sla',
      level: 'failure',
      detail: 'No published SLA definition is the default, so a customer without its own is not covered.',
    });
  }
  if (facts.uncoveredCustomerCount > 0) {
    findings.push({
      code: 'customers-without-sla',
      level: 'failure',
      detail: `${facts.uncoveredCustomerCount} customer(s) are covered by no published SLA definition; their requests are received without an SLA.`,
      customerIds: facts.uncoveredCustomerIds,
      count: facts.uncoveredCustomerCount,
    });
  }
  if (facts.uncoveredRequestCount > 0) {
    findings.push({
      code: 'uncovered-requests',
      level: 'failure',
      detail: `${facts.uncoveredRequestCount} open request(s) were received with no SLA definition offering their type of support.`,
      requests: facts.uncoveredRequests,
      customerIds: [...new Set(facts.uncoveredRequests.map((r) => r.customerId))],
      count: facts.uncoveredRequestCount,
    });
  }
  if (!facts.collectionsPolicy) {
    findings.push({
      code: 'no-collections-policy',
      level: 'warning',
      detail: 'Customers are not told when non-payment affects their access (003): state a collections policy.',
    });
  }
  if (facts.selfHelpLinkCount === 0) {
    findings.push({
      code: 'no-self-help-links',
      level: 'warning',
      detail: 'Customers are pointed to no documentation, status page or training before raising a request (004).',
    });
  }
  if (facts.unhealthyConnectors.length > 0) {
    // A warning: R6 still holds, but the R2 gate refuses technical escalations while service
    // health cannot be read, and filed requests are not followed.
    findings.push({
      code: 'unhealthy-connectors',
      level: 'warning',
      detail: `${facts.unhealthyConnectors.map((c) => c.kind).join(', ')} connector(s) have failed for a day or more: fix their app registration or consent.`,
      connectors: facts.unhealthyConnectors,
    });
  }
  return findings;
}

/** Compliant when nothing fails; warnings do not count against it. */
export const isCompliant = (findings: readonly Finding[]) => findings.every((f) => f.level !== 'failure');
