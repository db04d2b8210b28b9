import Type from 'typebox';
import { findCustomer } from '../../db/customers.js';
import type { Client } from '../../db/pool.js';
import { listIncidents, upsertIncident, type ServiceIncident as IncidentRow } from '../../db/serviceIncidents.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError } from '../../http/problem.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import {
  GraphId,
  GraphIssue,
  incidentFields,
  ServiceIncident,
  type GraphIssueBody,
} from '../../schemas/service-incidents.js';

function toIncident(id: string, issue: GraphIssueBody): IncidentRow {
  const text = (value: unknown) => (value === undefined ? null : (value as string | null));
  return {
    id,
    title: issue.title as string,
    service: issue.service as string,
    feature: text(issue.feature),
    featureGroup: text(issue.featureGroup),
    classification: issue.classification as string,
    status: issue.status as string,
    isResolved: issue.isResolved as boolean,
    impactDescription: text(issue.impactDescription),
    startDateTime: text(issue.startDateTime),
    endDateTime: text(issue.endDateTime),
    lastModifiedDateTime: text(issue.lastModifiedDateTime),
    customerId: text(issue.customerId),
  };
}

async function store(client: Client, incident: IncidentRow): Promise<IncidentRow> {
  if (incident.customerId && !(await findCustomer(client, incident.customerId))) {
    throw new ProblemError(
      'invalid-reference',
      `customerId of ${incident.id} does not name a customer of this partner.`,
    );
  }
  return upsertIncident(client, incident);
}

export default async function serviceIncidentRoutes(app: App) {
  app.put(
    '/v1/service-incidents/:id',
    {
      schema: {
        operationId: 'putServiceIncident',
        tags: ['service-health'],
        summary: 'Create or replace a service incident from a Microsoft Graph serviceHealthIssue',
        params: Type.Object({ id: GraphId }),
        body: GraphIssue,
        response: responses({ 200: ServiceIncident }, 422),
      },
      config: { access: 'incidents:manage' },
    },
    async (request) => {
      if (request.body.id !== undefined && request.body.id !== request.params.id) {
        throw invalidFields([{ path: '/id', message: 'differs from the id in the path' }]);
      }
      return request.inTenant((client) => store(client, toIncident(request.params.id, request.body)));
    },
  );

  app.post(
    '/v1/service-incidents/import',
    {
      schema: {
        operationId: 'importServiceIncidents',
        tags: ['service-health'],
        summary: 'Import a Microsoft Graph issues page: `{value: [serviceHealthIssue…]}`',
        description:
          'Upserts every issue by id, in one transaction; Graph fields partnerdesk does not keep are ignored.',
        body: Type.Object(
          {
            value: Type.Array(Type.Object({ id: GraphId, ...incidentFields }, { additionalProperties: true }), {
              maxItems: 1000,
            }),
          },
          { additionalProperties: true },
        ),
        response: responses({ 200: Type.Object({ imported: Type.Integer() }) }, 422),
      },
      config: { access: 'incidents:manage' },
    },
    async (request) => {
      await request.inTenant(async (client) => {
        for (const issue of request.body.value) await store(client, toIncident(issue.id, issue));
      });
      return { imported: request.body.value.length };
    },
  );

  app.get(
    '/v1/service-incidents',
    {
      schema: {
        operationId: 'listServiceIncidents',
        tags: ['service-health'],
        summary: 'Service incidents by id, filtered by service (case-insensitive) and isResolved',
        querystring: Type.Object(
          {
            ...PageQuery,
            service: Type.Optional(Type.String({ maxLength: 200 })),
            isResolved: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Page(ServiceIncident) }),
      },
      config: { access: 'incidents:read' },
    },
    async (request) =>
      request.inTenant((client) =>
        paginate(
          request,
          client,
          'service-incidents',
          (after, limit) => listIncidents(client, request.query, after, limit),
          (i) => [i.id],
        ),
      ),
  );
}
