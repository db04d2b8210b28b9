/**
 * R6 findings: what stops the partner from telling every customer how it gets support.
 * Pure: the route gathers the facts, this decides what they mean.
 */
export interface ComplianceFacts {
  supportProfile: { email: string | null; telephone: string | null; website: string | null };
  hasDefaultSla: boolean;
  uncoveredCustomerIds: string[];
  uncoveredCustomerCount: number;
}

export interface Finding {
  code: 'incomplete-support-profile' | 'no-default-sla' | 'customers-without-sla';
  detail: string;
  missing?: string[];
  customerIds?: string[];
  count?: number;
}

export function complianceFindings(facts: ComplianceFacts): Finding[] {
  const findings: Finding[] = [];
  const missing = Object.entries(facts.supportProfile)
    .filter(([, value]) => !value)
    .map(([field]) => field);
  if (missing.length > 0) {
    findings.push({
      code: 'incomplete-support-profile',
      detail: `Customers are shown the support profile, which lacks: ${missing.join(', ')}.`,
      missing,
    });
  }
  if (!facts.hasDefaultSla) {
    findings.push({
      code: 'no-default-sla',
      detail: 'No published SLA definition is the default, so a customer without its own is not covered.',
    });
  }
  if (facts.uncoveredCustomerCount > 0) {
    findings.push({
      code: 'customers-without-sla',
      detail: `${facts.uncoveredCustomerCount} customer(s) are covered by no published SLA definition; their requests are refused.`,
      customerIds: facts.uncoveredCustomerIds,
      count: facts.uncoveredCustomerCount,
    });
  }
  return findings;
}
