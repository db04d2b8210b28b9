/** Microsoft support plans a partner can hold (R4). Which products each covers is the escalation policy's concern. */
export const supportPlanKinds = ['premier', 'advanced', 'signature_cloud', 'partner_network_incidents'] as const;
export type SupportPlanKind = (typeof supportPlanKinds)[number];

/** Only the incident-based plan has a finite allowance; every escalation under it consumes one. */
export const hasIncidentAllowance = (kind: SupportPlanKind) => kind === 'partner_network_incidents';

export interface PlanValidity {
  validFrom: string;
  validUntil: string | null;
}

export function isActive(plan: PlanValidity, now: Date): boolean {
  return (
    Date.parse(plan.validFrom) <= now.getTime() &&
    (plan.validUntil === null || now.getTime() < Date.parse(plan.validUntil))
  );
}
