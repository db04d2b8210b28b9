import type { EscalationState } from './escalationLifecycle.js';

/**
 * The Microsoft connectors (issue 17), as rules: which there are, how Partner Center's service
 * request status reads on an escalation, and when a failing connector counts as unhealthy.
 */

/** `graph`: service health from Microsoft Graph; `partner_center`: service requests filed and followed. */
export const connectorKinds = ['graph', 'partner_center'] as const;
export type ConnectorKind = (typeof connectorKinds)[number];

/** How the app registration proves itself: a client secret, or a certificate's private key. */
export const credentialKinds = ['secret', 'certificate'] as const;
export type CredentialKind = (typeof credentialKinds)[number];

/** A connector failing without a success for this long is unhealthy in compliance (issue 17). */
export const unhealthyAfterHours = 24;

export function isUnhealthy(connector: { failingSince: string | null }, now: Date): boolean {
  return (
    connector.failingSince !== null &&
    now.getTime() - Date.parse(connector.failingSince) >= unhealthyAfterHours * 3_600_000
  );
}

/**
 * Partner Center's ServiceRequestStatus values ("Create a service request": none, open, closed,
 * attention_needed) as the escalation state they mean. `none` and anything new say nothing.
 */
export function escalationStateOf(status: string, current: EscalationState): EscalationState | undefined {
  switch (status) {
    case 'open':
      // Microsoft took the partner's answer: back to submitted.
      return current === 'attention_needed' ? 'submitted' : undefined;
    case 'attention_needed':
      return current === 'submitted' ? 'attention_needed' : undefined;
    case 'closed':
      return 'resolved';
    default:
      return undefined;
  }
}
