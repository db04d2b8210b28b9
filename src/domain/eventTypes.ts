/**
 * Every event type partnerdesk records, with what its `data` holds. Events about a customer or a
 * support request also carry its `externalRefs`, so that a receiver maps it without a lookup. The feed, the webhook
 * subscription filter and the README's event list all read this table.
 */
export const eventTypes = {
  'support_request.created': 'number, title, severity, category, customerId, externalRefs',
  'support_request.uncovered':
    'number, category, customerId, externalRefs: received with no published SLA definition offering its type of support (R6)',
  'support_request.state_changed': 'from, to, reason?, resolution? {code, summary}, customerId, externalRefs',
  'support_request.updated':
    'before and after of the fields changed (title, description, assigneeId, externalRefs, tags, metadata), customerId, externalRefs',
  'support_request.severity_changed': 'from, to, firstResponseDueAt, resolutionDueAt, customerId, externalRefs',
  'support_request.note_added': 'noteId, visibility, customerId, externalRefs',
  'support_request.time_entry_added': 'timeEntryId, minutes, billable, customerId, externalRefs (partner side only)',
  'support_request.time_entry_changed':
    'timeEntryId, minutes, billable (after the change), customerId, externalRefs (partner side only)',
  'support_request.time_entry_deleted':
    'timeEntryId, minutes, billable (of the entry deleted), customerId, externalRefs (partner side only)',
  'support_request.attachment_added':
    'attachmentId, noteId, visibility, fileName, contentType, sizeBytes, customerId, externalRefs',
  'support_request.linked_incident_resolved':
    'serviceIncidentId, noteId, language, customerId, externalRefs: a linked service incident was resolved; the note tells the customer',
  'support_request.diagnosed': 'cause, ownership, summary, customerId, externalRefs',
  'support_request.health_checked': 'checkedAt, outcome, matchingIncidentIds, customerId, externalRefs',
  'support_request.sla_at_risk': 'target (first_response | resolution), dueAt, customerId, externalRefs',
  'support_request.sla_breached': 'target (first_response | resolution), dueAt, customerId, externalRefs',
  'customer.created': 'after (the customer), externalRefs',
  'customer.updated': 'before and after of the fields changed, externalRefs',
  'customer.billing_status_changed': 'from, to, reason, suspendedProducts, externalRefs',
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
  'connector.failed': 'kind, error: a Microsoft connector started failing',
  'connector.recovered': 'kind, failingSince: a failing Microsoft connector succeeded again',
} as const;

export type EventType = keyof typeof eventTypes;
export const eventTypeNames = Object.keys(eventTypes) as EventType[];
