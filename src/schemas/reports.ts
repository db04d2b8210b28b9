import Type, { type TSchema } from 'typebox';
import { ageBands, trainingCauses } from '../domain/reports.js';
import { At, component, Id, Nullable, Timestamp, Uuid } from './common.js';
import * as ex from './examples.js';
import {
  Category,
  Cause,
  EscalationChannel,
  EscalationState,
  EscalationTarget,
  PricingModel,
  RequestChannel,
  RequestState,
  Severity,
  SlaTrackingStatus,
  SupportPlanKind,
} from './vocabularies.js';

export const TrainingNeedsQuery = Type.Object(
  {
    from: Type.String({ format: 'date-time', description: 'start of the period (inclusive), by diagnosis time' }),
    to: Type.String({ format: 'date-time', description: 'end of the period (exclusive); after from' }),
  },
  { additionalProperties: false },
);

export const TrainingNeeds = Type.Object(
  {
    from: At('start of the period (inclusive)'),
    to: At('end of the period (exclusive)'),
    customers: Type.Array(
      Type.Object({
        customerId: Id('the customer'),
        customerName: Type.String({ description: "the customer's name" }),
        requestCount: Type.Integer({ description: 'its requests with such a diagnosis in the period' }),
        products: Type.Array(
          Type.Object({
            name: Type.String({ description: 'the product name' }),
            count: Type.Integer({ description: 'how many of those requests were about it' }),
          }),
          { description: 'how many of its requests were about each product, most first' },
        ),
        requests: Type.Array(
          Type.Object({
            id: Id("the request's id"),
            number: Type.Integer({ description: "the request's number" }),
            title: Type.String({ description: "the request's title" }),
            productName: Type.String({ description: "the request's product name" }),
            cause: Type.Enum(trainingCauses, { description: 'the diagnosed cause' }),
            diagnosedAt: At('when it was diagnosed'),
          }),
          { description: 'those requests, most recent first' },
        ),
      }),
      { description: 'the customers with such requests, most first' },
    ),
  },
  {
    examples: [ex.trainingNeeds],
    description:
      'Per customer, the requests diagnosed usage_question or training_need in the period (002): whom to offer courses, on what.',
  },
);

const ids = {
  customer: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  definition: '9b2d4f6a-3c5e-4a7b-8d9f-1e3a5c7b9d2f',
  plan: '4e6a8c0b-2d4f-4b6d-8f0a-2c4e6a8c0b2d',
};
const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

/** The period a usage answer covers. */
export const UsageQuery = Type.Object(
  {
    from: Type.String({ format: 'date-time', description: 'start of the period (inclusive)' }),
    to: Type.String({ format: 'date-time', description: 'end of the period (exclusive); after from' }),
  },
  { additionalProperties: false },
);

/** The period and the optional filters every report takes; requests (escalations) count by when they were raised. */
export const ReportQuery = Type.Object(
  {
    ...UsageQuery.properties,
    customerId: Type.Optional(Type.String({ format: 'uuid', description: "only this customer's requests" })),
    severity: Type.Optional({ ...Severity, description: 'only requests (escalations) of this severity' }),
    category: Type.Optional({ ...Category, description: 'only requests of this category' }),
  },
  { additionalProperties: false },
);

const minutesStat = (what: string) =>
  Nullable(Type.Number({ description: `${what}; null when none counts` }), {
    description: `${what}; null when none counts`,
  });

const UsageLine = Type.Object(
  {
    slaDefinitionId: Nullable(Uuid, { description: 'the definition that covered the requests; null: uncovered (R6)' }),
    slaDefinitionName: Nullable(Type.String(), { description: "the definition's name" }),
    slaDefinitionVersion: Nullable(Type.Integer(), { description: "the definition's terms version" }),
    pricingModel: Nullable(PricingModel, { description: "the definition's pricing model" }),
    currency: Nullable(Type.String({ description: 'ISO 4217' }), { description: 'the currency of `charge`' }),
    unitAmount: Type.Number({
      description: 'the price per incident, per hour or per month (0 for included support and uncovered requests)',
    }),
    billingIncrementMinutes: Nullable(Type.Integer(), {
      description: 'hourly: each request’s billable minutes are rounded up to a multiple of this',
    }),
    requestsRaised: Type.Integer({ description: 'requests raised in the period under this definition' }),
    incidents: Type.Integer({ description: 'of those, the ones not cancelled: what per_incident pricing charges' }),
    billableMinutes: Type.Integer({ description: 'billable time logged in the period on its requests' }),
    nonBillableMinutes: Type.Integer({ description: 'time logged that is not charged' }),
    billedMinutes: Type.Integer({ description: 'billable minutes rounded up per request to the increment' }),
    billedHours: Type.Number({ description: 'billedMinutes / 60: what hourly pricing charges' }),
    months: Type.Number({
      description:
        'monthly: the share of each calendar month (UTC) the period covers, added up; only for the definition that ' +
        'covers the customer now',
    }),
    charge: Type.Number({ description: 'what is owed for this line, in `currency`, rounded to the cent' }),
  },
  { description: 'What a customer used under one SLA definition in the period, and its price' },
);

export const usageExample = {
  customerId: ids.customer,
  customerName: 'Contoso France',
  ...period,
  requestsRaised: 2,
  uncoveredRequests: 0,
  lines: [
    {
      slaDefinitionId: ids.definition,
      slaDefinitionName: 'Hourly support',
      slaDefinitionVersion: 1,
      pricingModel: 'hourly' as const,
      currency: 'EUR',
      unitAmount: 90,
      billingIncrementMinutes: 15,
      requestsRaised: 2,
      incidents: 2,
      billableMinutes: 95,
      nonBillableMinutes: 30,
      billedMinutes: 120,
      billedHours: 2,
      months: 0,
      charge: 180,
    },
  ],
  charges: [{ currency: 'EUR', amount: 180 }],
};

export const CustomerUsage = component(
  'CustomerUsage',
  Type.Object(
    {
      customerId: Id('the customer'),
      customerName: Type.String({ description: "the customer's name" }),
      from: At('start of the period (inclusive)'),
      to: At('end of the period (exclusive)'),
      requestsRaised: Type.Integer({ description: 'every request raised in the period' }),
      uncoveredRequests: Type.Integer({ description: 'of those, the ones no published definition covered (R6)' }),
      lines: Type.Array(UsageLine, { description: 'one line per SLA definition' }),
      charges: Type.Array(
        Type.Object({
          currency: Type.String({ description: 'ISO 4217' }),
          amount: Type.Number({ description: 'the sum of the lines in this currency' }),
        }),
        { description: 'the total owed, per currency' },
      ),
    },
    {
      description:
        'What a customer used in a period, under the SLA definition that covered each request, and what it costs: ' +
        'requests raised, incidents (per_incident), billed hours (hourly, rounded up per request), months (monthly)',
      examples: [usageExample],
    },
  ),
);

export const UsageReport = component(
  'UsageReport',
  Type.Object(
    {
      from: At('start of the period (inclusive)'),
      to: At('end of the period (exclusive)'),
      customers: Type.Array(CustomerUsage, { description: 'every customer, by name' }),
    },
    {
      description: "Every customer's usage in the period, for invoicing",
      examples: [{ ...period, customers: [usageExample] }],
    },
  ),
);

const slaRowExample = {
  target: 'first_response',
  severity: 'critical',
  requests: 40,
  met: 34,
  breached: 2,
  open: 4,
  metShare: 0.85,
  breachedShare: 0.05,
  openShare: 0.1,
  medianMinutesUsed: 22.5,
  p90MinutesUsed: 51,
};

export const SlaReport = component(
  'SlaReport',
  Type.Object(
    {
      from: At('start of the period (inclusive)'),
      to: At('end of the period (exclusive)'),
      targets: Type.Array(
        Type.Object({
          target: Type.Enum(['first_response', 'resolution'], { description: 'which SLA target' }),
          severity: Severity,
          requests: Type.Integer({ description: 'covered requests raised in the period' }),
          met: Type.Integer({
            description: 'the target was reached in time (or the request closed before it was due)',
          }),
          breached: Type.Integer({ description: 'the target was missed' }),
          open: Type.Integer({ description: 'not reached yet, and not yet due' }),
          metShare: Type.Number({ description: 'met / requests' }),
          breachedShare: Type.Number({ description: 'breached / requests' }),
          openShare: Type.Number({ description: 'open / requests' }),
          medianMinutesUsed: minutesStat('median business minutes used by the requests that reached the target'),
          p90MinutesUsed: minutesStat('90th percentile of the business minutes used by those requests'),
        }),
        { description: 'per target and severity' },
      ),
    },
    {
      description:
        'How the partner keeps the SLA it publishes (R6): per target and severity, the share met, breached and open',
      examples: [{ ...period, targets: [slaRowExample] }],
    },
  ),
);

export const BacklogReport = component(
  'BacklogReport',
  Type.Object(
    {
      from: At('start of the period (inclusive)'),
      to: At('end of the period (exclusive)'),
      groups: Type.Array(
        Type.Object({
          state: RequestState,
          ageBand: Type.Enum(
            ageBands.map((b) => b.band),
            { description: 'days since the request was raised' },
          ),
          slaStatus: Nullable(SlaTrackingStatus, { description: 'null: uncovered (R6)' }),
          requests: Type.Integer({ description: 'open requests in the group' }),
          oldestNumber: Type.Integer({ description: 'the number of its oldest request' }),
          oldestCreatedAt: { ...Timestamp, description: 'when its oldest request was raised' },
        }),
        { description: 'the groups, oldest first' },
      ),
    },
    {
      description: 'Open requests raised in the period, by state, age and SLA status, oldest first',
      examples: [
        {
          ...period,
          groups: [
            {
              state: 'awaiting_customer',
              ageBand: '7_to_30_days',
              slaStatus: 'paused',
              requests: 3,
              oldestNumber: 1042,
              oldestCreatedAt: '2026-11-03T08:12:00.000Z',
            },
          ],
        },
      ],
    },
  ),
);

export const EscalationsReport = component(
  'EscalationsReport',
  Type.Object(
    {
      from: At('start of the period (inclusive)'),
      to: At('end of the period (exclusive)'),
      groups: Type.Array(
        Type.Object({
          channel: EscalationChannel,
          target: EscalationTarget,
          product: Type.String({ description: "the request's product name" }),
          outcome: { ...EscalationState, description: 'the state the escalation is in (final: how it ended)' },
          escalations: Type.Integer({ description: 'escalations raised in the period' }),
          medianMinutesToResolve: minutesStat('median calendar minutes from escalating to its end, of those ended'),
          p90MinutesToResolve: minutesStat('90th percentile of those minutes'),
        }),
        { description: 'by channel, target, product and outcome' },
      ),
      plans: Type.Array(
        Type.Object({
          supportPlanId: Id('the support plan'),
          kind: SupportPlanKind,
          escalations: Type.Integer({ description: 'escalations filed under the plan in the period' }),
          incidentsUsed: Type.Integer({ description: 'incidents they consumed (partner_network_incidents)' }),
          incidentsRemaining: Nullable(Type.Integer(), { description: 'left today; null: no allowance' }),
          incidentsTotal: Nullable(Type.Integer(), { description: 'the allowance; null: no allowance' }),
        }),
        { description: "the partner's support plans (R4) and how much of them the period used" },
      ),
    },
    {
      description: 'Escalations raised in the period and how they ended, and the support plans they used',
      examples: [
        {
          ...period,
          groups: [
            {
              channel: 'technical',
              target: 'microsoft',
              product: 'Microsoft 365 E3',
              outcome: 'resolved',
              escalations: 4,
              medianMinutesToResolve: 1260,
              p90MinutesToResolve: 2880,
            },
          ],
          plans: [
            {
              supportPlanId: ids.plan,
              kind: 'partner_network_incidents',
              escalations: 2,
              incidentsUsed: 2,
              incidentsRemaining: 8,
              incidentsTotal: 10,
            },
          ],
        },
      ],
    },
  ),
);

const volume = <T extends TSchema>(key: string, schema: T) =>
  Type.Array(Type.Object({ [key]: schema, requests: Type.Integer({ description: 'requests raised' }) }), {
    description: `requests raised by ${key}`,
  });

export const RequestsReport = component(
  'RequestsReport',
  Type.Object(
    {
      from: At('start of the period (inclusive)'),
      to: At('end of the period (exclusive)'),
      requests: Type.Integer({ description: 'requests raised in the period' }),
      byDay: volume('day', Type.String({ format: 'date', description: 'UTC date' })),
      byCategory: volume('category', Category),
      byCause: volume('cause', Nullable(Cause, { description: 'the diagnosed cause; null: not diagnosed' })),
      byChannel: volume('channel', RequestChannel),
    },
    {
      description: 'Request volume in the period by day, category, diagnosed cause and channel',
      examples: [
        {
          ...period,
          requests: 12,
          byDay: [{ day: '2026-11-02', requests: 12 }],
          byCategory: [{ category: 'troubleshooting', requests: 12 }],
          byCause: [{ cause: 'service_unavailable', requests: 12 }],
          byChannel: [{ channel: 'email', requests: 12 }],
        },
      ],
    },
  ),
);
