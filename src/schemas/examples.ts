/*
 * The contract's examples, told as one story so that the ids agree across every schema, body and
 * answer: Fabrikam Conseil SARL, an indirect reseller whose provider is Northwind Distribution,
 * supports Contoso France SAS. On Wednesday 18 November 2026 Contoso's inbound mail stops (an
 * Exchange Online outage): the request is diagnosed, the service health checked, and Fabrikam
 * escalates it to Northwind, which forwards it to Microsoft. The same morning Contoso's finance team
 * asks why its October invoice bills 60 licences instead of 55 (a billing question).
 * `test/contract-check.ts` validates every example against its schema.
 */

export const ids = {
  /** Fabrikam Conseil SARL, the partner (an indirect reseller). */
  partner: 'ab973115-897d-4372-bfcc-46a362993a94',
  /** Northwind Distribution, Fabrikam's indirect provider. */
  provider: 'bb9cc5c1-a1f5-494d-9391-15355ed6329f',
  /** Fabrikam's admin key, used by its Dynamics 365 sync. */
  adminKey: '23750fab-69e3-4a59-9d64-af3ceab8c08f',
  /** Camille Durand, Fabrikam's helpdesk agent. */
  agentKey: '982fc0a1-055d-49a0-9ce7-073635c03f00',
  /** Contoso France's own key (customer_user). */
  customerKey: '7ce1dedb-a82e-4ae2-89a0-cfbb76a64ea8',
  /** Contoso France SAS, the customer. */
  customer: '02aa79d7-c2bb-4997-8ba1-988f61ccfca1',
  /** Contoso France's Microsoft Entra tenant. */
  tenant: '266c6f3d-344a-410b-a1bd-2a783d38737e',
  slaDefinition: '2affc596-2a37-4063-ab9c-bb6d66b5f0ee',
  supportPlan: '75b1872d-4d54-400a-8a49-e0b7f3040212',
  /** #1042, Exchange Online mail flow stopped. */
  outageRequest: '9c0a4b5d-4c7f-4491-b535-dea7a574332a',
  /** #1043, the invoice question. */
  billingRequest: 'beecb1cc-6228-4763-813b-32d6da483ee5',
  /** #998, an October question on Teams webinars (a training need). */
  usageRequest: '5e3f8a1c-2b7d-4e9f-a6c0-d81b47f2e935',
  note: '0588f202-b7c8-4304-8e77-1caddcfcf471',
  /** The message trace Camille attached to her internal note on #1042. */
  attachment: '4b7e2c91-0d3a-4f6b-8e15-9a2c7d4f1e03',
  /** Camille's 45 minutes on #1042. */
  timeEntry: '6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f',
  /** Fabrikam's Microsoft Graph connector. */
  connector: 'c7d2e9a4-5b1f-4c3e-8a6d-2f9b0e4c7a15',
  /** Fabrikam's escalation of #1042 to Northwind. */
  escalation: '369d8351-eae0-49cd-9317-1e7be99372a7',
  /** Northwind's forward of it to Microsoft. */
  providerEscalation: 'd4cd75d8-f6f4-4499-99e6-a4fb22b35835',
  webhookSubscription: '3ab99906-77ff-412c-954c-ba0acff94f58',
  webhookDelivery: '6a9cda23-39d5-4db9-87a8-183fe33ff8ee',
  webhookAttempt: '741e7d39-77b1-4db5-84e6-68055e194212',
  customerImport: '90d9f54e-f3c7-441b-91d2-f438de0d354d',
  /** Microsoft's service health incident, published after the escalation. */
  incident: 'EX1188204',
  /** The feed position of the escalation's event, and of the event before it. */
  event: '0000000000a1b2c30000000000000003',
  previousEvent: '0000000000a1b2c30000000000000002',
  /** Northwind's case number for the escalation, and Microsoft's service request id for its forward. */
  providerCase: 'NWD-2026-04518',
  microsoftCase: '2611180040009517',
};

/** A page's `nextCursor` as the service issues them (opaque). */
export const cursor = 'eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A';

const at = (time: string) => `2026-11-18T${time}:00.000Z`;

export const contact = { name: 'Élodie Bernard', email: 'elodie.bernard@contoso.fr', phone: '+33 1 70 36 42 18' };
export const agentContact = {
  name: 'Camille Durand',
  email: 'camille.durand@fabrikam-conseil.fr',
  phone: '+33 1 84 88 40 00',
};
export const product = { name: 'Microsoft 365 E3', type: 'cloud', service: 'Exchange Online' };
export const externalRef = {
  system: 'dynamics365',
  id: 'CAS-10482-K7Q2',
  url: 'https://fabrikam.crm4.dynamics.com/main.aspx?etn=incident&id=CAS-10482-K7Q2',
};

const selfHelpLink = {
  kind: 'status_page',
  title: 'État des services Microsoft 365',
  url: 'https://status.fabrikam-conseil.fr',
};
const trainingOffer = {
  title: 'Exchange Online pour les administrateurs (1 jour)',
  description: 'Flux de messagerie, règles de transport et diagnostic des files d’attente.',
  url: 'https://www.fabrikam-conseil.fr/formations/exchange-online',
};
export const supportProfileChange = {
  email: 'support@fabrikam-conseil.fr',
  telephone: '+33 1 84 88 40 00',
  website: 'https://support.fabrikam-conseil.fr',
  deliveryModel: 'in_house',
  deliveryProvider: null,
  collectionsPolicy: 'https://www.fabrikam-conseil.fr/conditions/recouvrement',
  selfHelpLinks: [selfHelpLink],
  trainingOffers: [trainingOffer],
  language: 'fr',
  incidentResolvedNotes: {
    fr: "Microsoft a résolu l'incident {service} {incidentId} ({title}). Tout refonctionne ? Dites-le-nous ici. — {partner}",
  },
};

export const partner = {
  id: ids.partner,
  name: 'Fabrikam Conseil SARL',
  kind: 'indirect_reseller',
  indirectProviderId: ids.provider,
  competency: 'silver',
  supportProfile: supportProfileChange,
  version: 6,
  createdAt: '2026-03-02T10:15:00.000Z',
  updatedAt: '2026-10-05T14:20:00.000Z',
};

export const newPartner = {
  name: 'Fabrikam Conseil SARL',
  kind: 'indirect_reseller',
  indirectProviderId: ids.provider,
  competency: 'silver',
};

export const supportPlan = {
  id: ids.supportPlan,
  kind: 'advanced',
  validFrom: '2026-01-01T00:00:00.000Z',
  validUntil: '2026-12-31T23:59:59.000Z',
  incidentsTotal: null,
  incidentsRemaining: null,
  eligibleProducts: null,
  active: true,
  version: 1,
  createdAt: '2026-03-02T10:30:00.000Z',
};

export const newSupportPlan = {
  kind: 'advanced',
  validFrom: '2026-01-01T00:00:00.000Z',
  validUntil: '2026-12-31T23:59:59.000Z',
};

export const apiKey = {
  id: ids.agentKey,
  name: 'Camille Durand (helpdesk)',
  role: 'helpdesk_agent',
  customerId: null,
  createdAt: '2026-03-02T10:40:00.000Z',
  revokedAt: null,
};
export const newApiKey = { name: 'Camille Durand (helpdesk)', role: 'helpdesk_agent' };
export const createdApiKey = {
  ...apiKey,
  key: 'pd_ab973115897d4372bfcc46a362993a94_Qm9uam91ciBDYW1pbGxlLCBiaWVudmVudWUgIQx7Kp2',
};

export const me = {
  keyId: ids.agentKey,
  name: 'Camille Durand (helpdesk)',
  role: 'helpdesk_agent',
  customerId: null,
  partner: { id: ids.partner, name: 'Fabrikam Conseil SARL', kind: 'indirect_reseller' },
};

const target = (firstResponseMinutes: number, resolutionMinutes: number) => ({
  firstResponseMinutes,
  resolutionMinutes,
});

export const businessHours = {
  timezone: 'Europe/Paris',
  alwaysOpen: false,
  weekly: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
    day,
    open: '08:30',
    close: '18:00',
  })),
  holidays: ['2026-12-25', '2027-01-01'],
};

const slaTerms = {
  supportTypes: ['billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting', 'updates', 'usage'],
  hours: businessHours,
  channels: [
    { kind: 'phone', address: '+33 1 84 88 40 00', alwaysOpen: true },
    { kind: 'email', address: 'support@fabrikam-conseil.fr', alwaysOpen: false },
  ],
  pricing: { model: 'included', amount: 0, currency: 'EUR' },
  targets: { critical: target(30, 240), moderate: target(120, 960), minimal: target(480, 2400) },
  pauseOn: ['awaiting_customer'],
};

export const newSlaDefinition = { name: 'Support standard 8x5 (Paris)', ...slaTerms };
export const slaDefinitionPatch = { targets: slaTerms.targets };

export const slaDefinition = {
  id: ids.slaDefinition,
  name: 'Support standard 8x5 (Paris)',
  version: 1,
  basedOn: null,
  status: 'published',
  ...slaTerms,
  isDefault: true,
  revision: 3,
  createdAt: '2026-03-02T11:00:00.000Z',
  updatedAt: '2026-03-02T11:20:00.000Z',
  publishedAt: '2026-03-02T11:20:00.000Z',
  retiredAt: null,
};

export const dueDatesRequest = { openedAt: at('08:52'), severity: 'critical' };
export const dueDates = { firstResponseDueAt: at('09:22'), resolutionDueAt: at('12:52') };

export const newCustomer = {
  name: 'Contoso France SAS',
  domain: 'contosofrance.onmicrosoft.com',
  tenantId: ids.tenant,
  contacts: [contact],
  externalRefs: [{ system: 'dynamics365', id: 'ACC-00412' }],
  tags: ['key-account'],
  metadata: { accountManager: 'Camille Durand' },
};

export const customer = {
  id: ids.customer,
  name: 'Contoso France SAS',
  domain: 'contosofrance.onmicrosoft.com',
  tenantId: ids.tenant,
  billingStatus: 'active',
  suspendedProducts: [],
  slaDefinitionId: null,
  slaCoverage: { definitionId: ids.slaDefinition, version: 1, source: 'default' },
  contacts: [contact],
  language: 'fr-FR',
  externalRefs: [{ system: 'dynamics365', id: 'ACC-00412' }],
  tags: ['key-account'],
  metadata: { accountManager: 'Camille Durand' },
  version: 4,
  createdAt: '2026-03-04T09:00:00.000Z',
  updatedAt: '2026-10-05T14:30:00.000Z',
};

export const customerPatch = { contacts: [contact, { name: 'Hugo Lefèvre', email: 'hugo.lefevre@contoso.fr' }] };

export const billingStatusChange = {
  billingStatus: 'past_due',
  reason: 'Invoice FR-2026-10-0412 unpaid 30 days after its due date',
};

export const importResult = { index: 0, status: 'created', id: ids.customer };
export const customerImport = {
  id: ids.customerImport,
  status: 'completed',
  total: 2,
  counts: { created: 1, updated: 0, unchanged: 0, failed: 1 },
  results: [
    importResult,
    {
      index: 1,
      status: 'failed',
      id: null,
      problem: { code: 'validation-failed', detail: '/companyProfile/tenantId must match format "uuid"' },
    },
  ],
  createdAt: '2026-03-04T08:59:58.000Z',
  completedAt: '2026-03-04T09:00:00.000Z',
};
export const importBody = [
  newCustomer,
  { companyProfile: { tenantId: 'not-a-tenant-id', companyName: 'Tailspin Toys France', domain: 'tailspinfr.fr' } },
];

export const healthCheck = { checkedAt: at('09:36'), outcome: 'clear', matchingIncidentIds: [] };

const outageTitle = 'Mail flow stopped: inbound mail to contoso.fr queued since 08:40';
const outageDescription =
  'Since 08:40 no external mail reaches contoso.fr mailboxes; senders get 451 4.7.500 deferrals. Internal mail ' +
  'works. About 320 users affected at the Paris and Lyon offices.';

export const newSupportRequest = {
  customerId: ids.customer,
  title: outageTitle,
  description: outageDescription,
  category: 'troubleshooting',
  product,
  severity: 'critical',
  channel: 'phone',
  requester: contact,
  externalRefs: [externalRef],
  tags: ['exchange', 'outage'],
};

export const newBillingQuestion = {
  customerId: ids.customer,
  title: 'October invoice bills 60 Microsoft 365 E3 licences; we have 55',
  description: 'Invoice FR-2026-10-0412 lists 60 E3 seats. We reduced to 55 on 3 October. Please correct or explain.',
  category: 'billing',
  product: { name: 'Microsoft 365 E3', type: 'cloud', service: 'Microsoft 365' },
  severity: 'minimal',
  channel: 'email',
};

export const supportRequest = {
  id: ids.outageRequest,
  number: 1042,
  ...newSupportRequest,
  state: 'escalated',
  assigneeId: ids.agentKey,
  diagnosis: {
    cause: 'service_unavailable',
    ownership: 'microsoft',
    summary: 'Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.',
    diagnosedAt: at('09:31'),
  },
  healthCheck,
  resolution: null,
  slaCoverage: 'covered',
  sla: {
    definitionId: ids.slaDefinition,
    definitionVersion: 1,
    status: 'on_track',
    firstResponseDueAt: at('09:22'),
    firstRespondedAt: at('09:04'),
    resolutionDueAt: at('12:52'),
    pausedMinutes: 0,
  },
  metadata: { crmQueue: 'N2-Messagerie' },
  version: 7,
  createdAt: at('08:52'),
  updatedAt: at('09:41'),
};

export const supportRequestPatch = { assigneeId: ids.agentKey, tags: ['exchange', 'outage', 'vip'] };

export const transitions = {
  inProgress: { to: 'in_progress' },
  resolved: {
    to: 'resolved',
    resolution: {
      code: 'credit_note_issued',
      summary: 'Credit note AV-2026-0117 issued for the 5 E3 licences billed after the reduction on 3 October.',
    },
  },
};

export const diagnosis = {
  cause: 'service_unavailable',
  summary: 'Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.',
};

export const newNote = {
  text: 'Nous avons transmis l’incident à notre fournisseur et à Microsoft ; prochain point à 10h30.',
  visibility: 'public',
};

export const actor = { kind: 'api_key', id: ids.agentKey, role: 'helpdesk_agent' };

export const note = { id: ids.note, ...newNote, author: actor, createdAt: at('09:44') };

export const serviceIncident = {
  id: ids.incident,
  title: 'Some users may be unable to receive email from external senders',
  service: 'Exchange Online',
  feature: 'E-Mail and calendar access',
  featureGroup: 'Mail flow',
  classification: 'incident',
  status: 'serviceDegradation',
  isResolved: false,
  impactDescription: 'Inbound messages from external senders are deferred for a subset of tenants in Europe.',
  startDateTime: at('08:35'),
  endDateTime: null,
  lastModifiedDateTime: at('10:05'),
  customerId: null,
};

const { id: _incidentId, customerId: _customerId, ...graphIssueFields } = serviceIncident;
export const graphIssue = graphIssueFields;
export const graphIssuesPage = { value: [{ id: ids.incident, ...graphIssueFields }] };

const evidence = {
  diagnosis: supportRequest.diagnosis,
  healthCheck,
  customerTenantId: ids.tenant,
  product,
};

export const newEscalation = {
  supportRequestId: ids.outageRequest,
  channel: 'technical',
  summary: 'Exchange Online defers all inbound mail for contosofrance.onmicrosoft.com since 08:40 (451 4.7.500).',
  target: 'indirect_provider',
  contact: agentContact,
};

export const escalation = {
  id: ids.escalation,
  partnerId: ids.partner,
  supportRequestId: ids.outageRequest,
  channel: 'technical',
  target: 'indirect_provider',
  targetPartnerId: ids.provider,
  supportPlanId: null,
  severity: 'critical',
  state: 'submitted',
  externalCaseId: ids.providerCase,
  parentEscalationId: null,
  childEscalationId: ids.providerEscalation,
  summary: newEscalation.summary,
  supportTopicId: null,
  evidence,
  outcome: null,
  version: 3,
  createdAt: at('09:41'),
  updatedAt: at('10:02'),
};

export const escalationMove = { to: 'submitted', externalCaseId: ids.providerCase };
export const forward = {
  supportPlanId: ids.supportPlan,
  supportTopicId: '32444671-2f0a-4e2b-9d6e-3a5c1f7b2e10',
  contact: { name: 'Jonas Weber', email: 'jonas.weber@northwind-distribution.eu' },
};

export const partnerCenterRequest = {
  Title: outageTitle,
  Description: `${outageDescription}\n\nRequester (for reference): Élodie Bernard, Contoso France SAS.`,
  Severity: 'critical',
  SupportTopicId: null,
  ProductName: 'Microsoft 365 E3',
  PrimaryContact: {
    FirstName: 'Camille',
    LastName: 'Durand',
    Email: agentContact.email,
    PhoneNumber: agentContact.phone,
  },
  Notes: 'Diagnosis: service_unavailable. Health check 09:36 UTC: clear. Tenant 266c6f3d-344a-410b-a1bd-2a783d38737e.',
  Attachments: [
    {
      FileName: 'message-trace-contoso-fr.log',
      ContentType: 'text/plain; charset=utf-8',
      SizeBytes: 10_485_760,
      Sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      ContentUrl: `/v1/attachments/${ids.attachment}/content`,
    },
  ],
};

export const compliance = {
  compliant: true,
  findings: [
    {
      code: 'no-self-help-links',
      level: 'warning',
      detail: 'Customers are shown no self-help link.',
    },
  ],
};

export const trainingNeeds = {
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-11-01T00:00:00.000Z',
  customers: [
    {
      customerId: ids.customer,
      customerName: 'Contoso France SAS',
      requestCount: 1,
      products: [{ name: 'Microsoft Teams', count: 1 }],
      requests: [
        {
          id: ids.usageRequest,
          number: 998,
          title: 'How do we schedule a Teams webinar with registration?',
          productName: 'Microsoft Teams',
          cause: 'usage_question',
          diagnosedAt: '2026-10-14T13:10:00.000Z',
        },
      ],
    },
  ],
};

export const newWebhookSubscription = {
  url: 'https://crm.fabrikam-conseil.fr/hooks/partnerdesk',
  description: 'Dynamics 365: cases follow their support requests',
  eventTypes: ['support_request.created', 'support_request.state_changed', 'escalation.state_changed'],
};
export const webhookSubscription = {
  id: ids.webhookSubscription,
  url: newWebhookSubscription.url,
  description: newWebhookSubscription.description,
  eventTypes: newWebhookSubscription.eventTypes,
  failingSince: null,
  disabledAt: null,
  disabledReason: null,
  createdAt: '2026-03-05T08:00:00.000Z',
};
export const createdWebhookSubscription = {
  ...webhookSubscription,
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
};
export const webhookAttempt = {
  id: ids.webhookAttempt,
  deliveryId: ids.webhookDelivery,
  eventId: ids.event,
  eventType: 'escalation.created',
  deliveryState: 'delivered',
  attemptedAt: '2026-11-18T09:41:01.000Z',
  statusCode: 204,
  error: null,
  durationMs: 184,
};
export const redelivery = { deliveryId: ids.webhookDelivery, state: 'pending' };

/** Each event type's `data`, from the same story. */
export const eventData: Record<string, Record<string, unknown>> = {
  'support_request.created': {
    number: 1042,
    title: outageTitle,
    severity: 'critical',
    category: 'troubleshooting',
    customerId: ids.customer,
  },
  'support_request.uncovered': { number: 1043, category: 'billing', customerId: ids.customer },
  'support_request.state_changed': { from: 'in_progress', to: 'escalated', customerId: ids.customer },
  'support_request.updated': {
    before: { assigneeId: null },
    after: { assigneeId: ids.agentKey },
    customerId: ids.customer,
  },
  'support_request.severity_changed': {
    from: 'moderate',
    to: 'critical',
    firstResponseDueAt: at('09:22'),
    resolutionDueAt: at('12:52'),
    customerId: ids.customer,
  },
  'support_request.note_added': { noteId: ids.note, visibility: 'public', customerId: ids.customer },
  'support_request.diagnosed': { ...diagnosis, ownership: 'microsoft', customerId: ids.customer },
  'support_request.health_checked': { ...healthCheck, customerId: ids.customer },
  'support_request.sla_at_risk': { target: 'resolution', dueAt: at('12:52'), customerId: ids.customer },
  'support_request.sla_breached': { target: 'resolution', dueAt: at('12:52'), customerId: ids.customer },
  'customer.created': { after: { name: 'Contoso France SAS', domain: 'contosofrance.onmicrosoft.com' } },
  'customer.updated': {
    before: { contacts: [contact] },
    after: { contacts: customerPatch.contacts },
  },
  'customer.billing_status_changed': { from: 'active', to: 'past_due', reason: billingStatusChange.reason },
  'partner.competency_changed': { from: 'action_pack', to: 'silver' },
  'sla_definition.created': { version: 1, status: 'draft', basedOn: null },
  'sla_definition.updated': { version: 1, status: 'draft', fields: ['targets'] },
  'sla_definition.published': { version: 1, status: 'published', isDefault: true },
  'sla_definition.made_default': { version: 1, status: 'published' },
  'sla_definition.retired': { version: 1, status: 'retired' },
  'escalation.created': { channel: 'technical', target: 'indirect_provider', supportPlanId: null, state: 'open' },
  'escalation.state_changed': {
    from: 'open',
    to: 'submitted',
    externalCaseId: ids.providerCase,
    state: 'submitted',
  },
  'escalation.forwarded': { childEscalationId: ids.providerEscalation, state: 'submitted' },
  'support_request.time_entry_added': {
    timeEntryId: ids.timeEntry,
    minutes: 45,
    billable: true,
    customerId: ids.customer,
  },
  'support_request.time_entry_changed': {
    timeEntryId: ids.timeEntry,
    minutes: 50,
    billable: true,
    customerId: ids.customer,
  },
  'support_request.time_entry_deleted': {
    timeEntryId: ids.timeEntry,
    minutes: 50,
    billable: true,
    customerId: ids.customer,
  },
  'support_request.attachment_added': {
    attachmentId: ids.attachment,
    noteId: ids.note,
    visibility: 'internal',
    fileName: 'message-trace-contoso-fr.log',
    contentType: 'text/plain; charset=utf-8',
    sizeBytes: 10_485_760,
    customerId: ids.customer,
  },
  'support_request.linked_incident_resolved': {
    serviceIncidentId: ids.incident,
    noteId: ids.note,
    language: 'fr-FR',
    customerId: ids.customer,
  },
  'connector.failed': { kind: 'graph', error: 'GET /v1.0/admin/serviceAnnouncement/issues answered 503' },
  'connector.recovered': { kind: 'graph', failingSince: '2026-11-20T09:00:00.000Z' },
  'webhook_subscription.disabled': {
    url: newWebhookSubscription.url,
    reason: 'every delivery failed for 24 hours (last: connection refused)',
    failingSince: '2026-11-17T09:41:01.000Z',
  },
};

const subjectOf: Record<string, { type: string; id: string }> = {
  support_request: { type: 'support_request', id: ids.outageRequest },
  customer: { type: 'customer', id: ids.customer },
  partner: { type: 'partner', id: ids.partner },
  sla_definition: { type: 'sla_definition', id: ids.slaDefinition },
  escalation: { type: 'escalation', id: ids.escalation },
  webhook_subscription: { type: 'webhook_subscription', id: ids.webhookSubscription },
  connector: { type: 'connector', id: ids.connector },
};

/** An event of `type` as the feed and webhooks carry it. */
export function eventOf(type: string) {
  const subject = subjectOf[type.split('.')[0]!]!;
  return { id: ids.event, type, occurredAt: at('09:41'), actor, subject, data: eventData[type] };
}

/** One page of a list: these items, and the cursor of the next page. */
export const pageOf = (item: unknown) => ({ data: [item], nextCursor: cursor });

export const problem = {
  type: '/problems/known-service-incident',
  title: 'An active service incident explains the issue (R2)',
  status: 422,
  detail: 'Exchange Online incident EX1188204 is active for this customer: follow it rather than escalate.',
  code: 'known-service-incident',
  instance: '/v1/escalations',
};
