/**
 * Every event type partnerdesk records, with what its `data` holds. The feed, the webhook
 * subscription filter and the README's event list all read this table.
 */
export const eventTypes = {
  'support_request.created': 'number, title, severity, category, customerId',
  'support_request.uncovered':
    'number, category, customerId: received with no published SLA definition offering its type of support (R6)',
  'support_request.state_changed': 'from, to, reason?, resolution? {code, summary}, customerId',
  'support_request.updated': 'before and after of the fields changed (title, description, assigneeId), customerId',
  'support_request.severity_changed': 'from, to, firstResponseDueAt, resolutionDueAt, customerId',
  'support_request.note_added': 'noteId, visibility, customerId',
  'support_request.diagnosed': 'cause, ownership, summary, customerId',
  'support_request.health_checked': 'checkedAt, outcome, matchingIncidentIds, customerId',
  'support_request.sla_at_risk': 'target (first_response | resolution), dueAt, customerId',
  'support_request.sla_breached': 'target (first_response | resolution), dueAt, customerId',
  'customer.created': 'after (the customer)',
  'customer.updated': 'before and after of the fields changed',
  'customer.billing_status_changed': 'from, to, reason, suspendedProducts',
  'partner.competency_changed': 'from, to (by the operator)',
  'sla_definition.created': 'version, status, basedOn',
  'sla_definition.updated': 'version, status, fields',
  'sla_definition.published': 'version, status, isDefault',
  'sla_definition.made_default': 'version, status',
  'sla_definition.retired': 'version, status',
  'escalation.created': 'channel, target, supportPlanId, parentEscalationId?, state',
  'escalation.state_changed': 'from, to, externalCaseId?, note?, state',
  'escalation.forwarded': 'childEscalationId, state',
  'webhook_subscription.disabled': 'url, reason, failingSince',
} as const;

export type EventType = keyof typeof eventTypes;
export const eventTypeNames = Object.keys(eventTypes) as EventType[];
