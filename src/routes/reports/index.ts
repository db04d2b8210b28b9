import Type, { type TSchema } from 'typebox';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { responses } from '../../schemas/common.js';
import {
  BacklogReport,
  CustomerUsage,
  EscalationsReport,
  ReportQuery,
  RequestsReport,
  SlaReport,
  TrainingNeeds,
  TrainingNeedsQuery,
  UsageQuery,
  UsageReport,
  usageExample,
} from '../../schemas/reports.js';
import { IdParams } from '../../schemas/shared.js';
import {
  backlogReport,
  customerUsageReport,
  escalationsReport,
  requestsReport,
  slaReport,
  trainingNeeds,
  usageAsCsv,
  usageAsNdjson,
  usageReport,
} from '../../services/reports.js';

const tags = ['reports'];

/** The declaration of a report computed from the period and filters of ReportQuery. */
const scopedReport = <S extends TSchema>(operationId: string, summary: string, schema: S) => ({
  schema: {
    operationId,
    tags,
    summary,
    description: 'Computed from the tables when asked. Requests (escalations) count by when they were raised.',
    querystring: ReportQuery,
    response: responses({ 200: schema }),
  },
  config: { access: 'reports:read' as const },
});

export default async function reportRoutes(app: App) {
  app.get(
    '/reports/training-needs',
    {
      schema: {
        operationId: 'getTrainingNeeds',
        tags,
        summary: 'Per customer, the requests diagnosed usage_question or training_need in a period, by product',
        querystring: TrainingNeedsQuery,
        response: responses({ 200: TrainingNeeds }),
      },
      config: { access: 'reports:read' },
    },
    async (request) => request.readInTenant((client) => trainingNeeds(client, undefined, request.query)),
  );

  app.get(
    '/reports/sla',
    scopedReport(
      'getSlaReport',
      'Per SLA target and severity: the share met, breached and still open, and the business minutes used (R6)',
      SlaReport,
    ),
    async (request) => request.inTenant((tx) => slaReport(tx, ctxOf(request), request.query)),
  );
  app.get(
    '/reports/backlog',
    scopedReport('getBacklogReport', 'Open requests by state, age band and SLA status, oldest first', BacklogReport),
    async (request) => request.inTenant((tx) => backlogReport(tx, ctxOf(request), request.query)),
  );
  app.get(
    '/reports/escalations',
    scopedReport(
      'getEscalationsReport',
      'Escalations by channel, target, product and outcome with their time to resolve; support plan use',
      EscalationsReport,
    ),
    async (request) => request.inTenant((tx) => escalationsReport(tx, ctxOf(request), request.query)),
  );
  app.get(
    '/reports/requests',
    scopedReport('getRequestsReport', 'Request volume by day, category, diagnosed cause and channel', RequestsReport),
    async (request) => request.inTenant((tx) => requestsReport(tx, ctxOf(request), request.query)),
  );

  app.get(
    '/customers/:id/usage',
    {
      schema: {
        operationId: 'getCustomerUsage',
        tags: ['customers', ...tags],
        summary: 'What a customer used in a period under its SLA definitions, and what it costs',
        description:
          'Per SLA definition that covered a request raised in the period (or that covers the customer now): requests ' +
          'raised, incidents (the ones not cancelled; per_incident), billable time logged in the period rounded up per ' +
          'request to `pricing.billingIncrementMinutes` (hourly), the share of each calendar month covered (monthly, ' +
          'for the definition covering the customer now), and the charge in the definition’s currency.',
        params: IdParams,
        querystring: UsageQuery,
        response: responses({ 200: CustomerUsage }, 404),
      },
      config: { access: 'reports:read' },
    },
    async (request) => request.inTenant((tx) => customerUsageReport(tx, request.params.id, request.query)),
  );

  app.get(
    '/reports/usage',
    {
      schema: {
        operationId: 'getUsageReport',
        tags,
        summary: "Every customer's usage and charges in a period, for invoicing: JSON, NDJSON or CSV by Accept",
        description:
          '`Accept: application/x-ndjson` answers one CustomerUsage per line; `Accept: text/csv` one row per customer ' +
          'and SLA definition (a customer with nothing to bill gets one row with the line columns empty).',
        querystring: UsageQuery,
        response: responses({
          200: {
            description: "Every customer's usage",
            content: {
              'application/json': { schema: UsageReport },
              'application/x-ndjson': { schema: CustomerUsage },
              'text/csv': {
                schema: Type.String({
                  description: 'RFC 4180, with a header row',
                  examples: [usageAsCsv([usageExample])],
                }),
              },
            },
          },
        }),
      },
      config: { access: 'reports:read' },
    },
    async (request, reply) => {
      const report = await request.inTenant((tx) => usageReport(tx, request.query));
      const accept = request.headers.accept ?? '';
      if (accept.includes('text/csv')) return reply.type('text/csv; charset=utf-8').send(usageAsCsv(report.customers));
      if (accept.includes('application/x-ndjson'))
        return reply.type('application/x-ndjson').send(usageAsNdjson(report.customers));
      return report;
    },
  );
}
