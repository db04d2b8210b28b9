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

/** Whom Microsoft calls back: the escalating agent, or the partner's support contact (never the customer, R9). */
export interface PartnerContact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** The contact the agent gave, else the partner's support profile under the partner's name. */
export function partnerContactOf(
  partner: { name: string; supportProfile: { email: string | null; telephone: string | null } },
  given: { name: string; email: string; phone?: string | null | undefined } | undefined,
): PartnerContact {
  return given
    ? { name: given.name, email: given.email, phone: given.phone ?? null }
    : { name: partner.name, email: partner.supportProfile.email, phone: partner.supportProfile.telephone };
}

/** A file of the request, as the evidence lists it, to upload with the service request. */
export interface EvidenceAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export function partnerCenterRequest(
  escalation: FiledEscalation,
  contact: PartnerContact,
  attachments: EvidenceAttachment[],
) {
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
  const [firstName = '', ...rest] = contact.name.split(' ');
  const requester = evidence.request.requester;
  return {
    Title: `${evidence.product.service}: ${evidence.request.title}`.slice(0, 200),
    // The customer's details are for reference only: the partner owns communication with its customer (R9, 004).
    Description: [
      escalation.summary,
      evidence.request.description,
      `Customer's requester (reference only; contact the partner): ${[requester.name, requester.email, requester.phone]
        .filter(Boolean)
        .join(', ')}`,
    ].join('\n\n'),
    Severity: escalation.severity,
    SupportTopicId: escalation.supportTopicId,
    ProductName: evidence.product.name,
    PrimaryContact: {
      FirstName: firstName,
      LastName: rest.join(' '),
      Email: contact.email,
      PhoneNumber: contact.phone,
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
    Attachments: attachments.map((file) => ({
      FileName: file.fileName,
      ContentType: file.contentType,
      SizeBytes: file.sizeBytes,
      Sha256: file.sha256,
      ContentUrl: `/v1/attachments/${file.id}/content`,
    })),
  };
}
