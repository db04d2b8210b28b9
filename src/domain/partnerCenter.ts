import type { Severity } from './supportRequests.js';

/**
 * Partner Center's ServiceRequest fields, from an escalation's evidence, so nobody retypes them
 * when filing the case with Microsoft.
 */
export interface FiledEscalation {
  id: string;
  summary: string;
  severity: Severity;
  supportTopicId: string | null;
  evidence: Record<string, unknown>;
}

export function partnerCenterRequest(escalation: FiledEscalation) {
  const evidence = escalation.evidence as {
    request: {
      number: number;
      title: string;
      description: string;
      requester: { name: string; email: string; phone?: string | null };
    };
    diagnosis: { cause: string; summary: string };
    healthCheck: { checkedAt: string; outcome: string; matchingIncidentIds: string[] } | null;
    customerTenantId: string;
    product: { name: string; service: string; type: string };
  };
  const [firstName = '', ...rest] = evidence.request.requester.name.split(' ');
  return {
    Title: `${evidence.product.service}: ${evidence.request.title}`.slice(0, 200),
    Description: `${escalation.summary}\n\n${evidence.request.description}`,
    Severity: escalation.severity,
    SupportTopicId: escalation.supportTopicId,
    ProductName: evidence.product.name,
    PrimaryContact: {
      FirstName: firstName,
      LastName: rest.join(' '),
      Email: evidence.request.requester.email,
      PhoneNumber: evidence.request.requester.phone ?? null,
    },
    Notes: [
      `Customer tenant: ${evidence.customerTenantId}`,
      `Service: ${evidence.product.service} (${evidence.product.type})`,
      `Diagnosis: ${evidence.diagnosis.cause} — ${evidence.diagnosis.summary}`,
      evidence.healthCheck
        ? `Service health checked ${evidence.healthCheck.checkedAt}: ${evidence.healthCheck.outcome}`
        : 'Service health: not checked (commercial escalation)',
      `Partner reference: request #${evidence.request.number}, escalation ${escalation.id}`,
    ].join('\n'),
  };
}
