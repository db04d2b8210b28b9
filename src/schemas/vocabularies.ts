import Type from 'typebox';
import { roles } from '../domain/access.js';
import { billingStatuses } from '../domain/customers.js';
import { escalationStates, requestableEscalationStates } from '../domain/escalationLifecycle.js';
import { escalationChannels, escalationTargets } from '../domain/escalationPolicy.js';
import { eventTypeNames } from '../domain/eventTypes.js';
import { requestableStates } from '../domain/requestLifecycle.js';
import { competencies, partnerKinds } from '../domain/partners.js';
import {
  contactChannelKinds,
  pausableStates,
  pricingModels,
  slaStatuses as definitionStatuses,
} from '../domain/sla.js';
import { weekdays } from '../domain/slaClock.js';
import { slaStatuses as trackingStatuses } from '../domain/slaTracking.js';
import { supportPlanKinds } from '../domain/supportPlans.js';
import {
  categories,
  causes,
  healthCheckOutcomes,
  noteVisibilities,
  ownerships,
  productTypes,
  requestChannels,
  requestStates,
  severities,
} from '../domain/supportRequests.js';
import { component } from './common.js';

/*
 * One named schema per value set of the domain, so that the contract and the SDKs generated from
 * it have one type each (`Severity`, not an inline enum per field).
 */

export const Role = component(
  'Role',
  Type.Enum(roles, { description: 'what an API key may do (see each operation)', examples: ['helpdesk_agent'] }),
);
export const BillingStatus = component(
  'BillingStatus',
  Type.Enum(billingStatuses, {
    description: "the customer's standing with the partner's billing",
    examples: ['active'],
  }),
);
export const EscalationState = component(
  'EscalationState',
  Type.Enum(escalationStates, {
    description: 'where an escalation is in its lifecycle (SPEC §3)',
    examples: ['submitted'],
  }),
);
export const EscalationChannel = component(
  'EscalationChannel',
  Type.Enum(escalationChannels, {
    description: 'commercial (billing, subscription) or technical support',
    examples: ['technical'],
  }),
);
export const EscalationTarget = component(
  'EscalationTarget',
  Type.Enum(escalationTargets, { description: 'who the escalation goes to (R5)', examples: ['indirect_provider'] }),
);
export const EventType = component(
  'EventType',
  Type.Enum(eventTypeNames, { description: 'what happened', examples: ['escalation.created'] }),
);
export const Competency = component(
  'Competency',
  Type.Enum(competencies, {
    description: "the partner's Microsoft partner network competency level",
    examples: ['silver'],
  }),
);
export const PartnerKind = component(
  'PartnerKind',
  Type.Enum(partnerKinds, {
    description: 'how the partner sells: direct, or as an indirect provider or reseller',
    examples: ['indirect_reseller'],
  }),
);
export const ContactChannelKind = component(
  'ContactChannelKind',
  Type.Enum(contactChannelKinds, { description: 'how customers reach support', examples: ['phone'] }),
);
export const PausableState = component(
  'PausableState',
  Type.Enum(pausableStates, {
    description: 'a request state in which the SLA clock may stand still',
    examples: ['awaiting_customer'],
  }),
);
export const PricingModel = component(
  'PricingModel',
  Type.Enum(pricingModels, { description: 'how support is charged', examples: ['included'] }),
);
export const SlaDefinitionStatus = component(
  'SlaDefinitionStatus',
  Type.Enum(definitionStatuses, {
    description: 'draft (editable), published (immutable, offered) or retired',
    examples: ['published'],
  }),
);
export const Weekday = component(
  'Weekday',
  Type.Enum(weekdays, { description: 'a day of the week', examples: ['monday'] }),
);
export const SlaTrackingStatus = component(
  'SlaTrackingStatus',
  Type.Enum(trackingStatuses, { description: 'how a request stands against its SLA targets', examples: ['on_track'] }),
);
export const SupportPlanKind = component(
  'SupportPlanKind',
  Type.Enum(supportPlanKinds, {
    description: 'the Microsoft support plan the partner holds (R4)',
    examples: ['advanced'],
  }),
);
export const Category = component(
  'Category',
  Type.Enum(categories, {
    description: 'the type of support asked for, as Partner Center names it',
    examples: ['troubleshooting'],
  }),
);
export const Cause = component(
  'Cause',
  Type.Enum(causes, {
    description: 'the diagnosed cause; it decides who owns the fix (R3)',
    examples: ['service_unavailable'],
  }),
);
export const ProductType = component(
  'ProductType',
  Type.Enum(productTypes, { description: 'where the product runs', examples: ['cloud'] }),
);
export const RequestChannel = component(
  'RequestChannel',
  Type.Enum(requestChannels, { description: 'how the request reached the partner', examples: ['phone'] }),
);
export const RequestState = component(
  'RequestState',
  Type.Enum(requestStates, {
    description: 'where a support request is in its lifecycle (SPEC §3)',
    examples: ['escalated'],
  }),
);
export const Severity = component(
  'Severity',
  Type.Enum(severities, {
    description: 'how badly the customer is affected; it sets the SLA targets',
    examples: ['critical'],
  }),
);
export const RequestTransitionTarget = component(
  'RequestTransitionTarget',
  Type.Enum(requestableStates, {
    description: 'a state a caller may move a request to; the service alone sets the others',
    examples: ['resolved'],
  }),
);
export const EscalationTransitionTarget = component(
  'EscalationTransitionTarget',
  Type.Enum(requestableEscalationStates, {
    description: 'a state a caller may move an escalation to',
    examples: ['submitted'],
  }),
);
export const Ownership = component(
  'Ownership',
  Type.Enum(ownerships, { description: 'who owns the fix, derived from the cause (R3)', examples: ['microsoft'] }),
);
export const NoteVisibility = component(
  'NoteVisibility',
  Type.Enum(noteVisibilities, {
    description: 'public notes are shared with the customer, internal ones never (R9)',
    examples: ['public'],
  }),
);
export const ActorKind = component(
  'ActorKind',
  Type.Enum(['api_key', 'operator', 'system', 'partner'], {
    description: 'an API key, the deployment operator, the service itself, or (to a customer user) the partner',
    examples: ['api_key'],
  }),
);
export const SubjectType = component(
  'SubjectType',
  Type.Enum(
    ['support_request', 'customer', 'sla_definition', 'escalation', 'webhook_subscription', 'partner', 'connector'],
    {
      description: 'the kind of resource an event is about',
      examples: ['support_request'],
    },
  ),
);
export const HealthCheckOutcome = component(
  'HealthCheckOutcome',
  Type.Enum(healthCheckOutcomes, {
    description:
      'clear, an unresolved incident explains the issue (R2), or unavailable: Microsoft Graph could not be reached, so the check proves nothing',
    examples: ['clear'],
  }),
);
