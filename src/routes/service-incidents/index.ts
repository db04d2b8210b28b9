import Type from 'typebox';
import { EVERY_CUSTOMER, listIncidents } from '../../db/serviceIncidents.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import {
  GraphId,
  GraphIssue,
  GraphIssuesPage,
  ServiceIncident,
  ServiceIncidentPage,
} from '../../schemas/service-incidents.js';
import { importIncidents, putIncident } from '../../services/serviceIncidents.js';

export default async function serviceIncidentRoutes(app: App) {
  app.put(
    '/service-incidents/:id',
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
    async (request) => request.inTenant((tx) => putIncident(tx, request.params.id, request.body)),
  );

  app.post(
    '/service-incidents/import',
    {
      schema: {
        operationId: 'importServiceIncidents',
        tags: ['service-health'],
        summary: 'Import a Microsoft Graph issues page: `{value: [serviceHealthIssue…]}`',
        description:
          'Upserts every issue by id, in one transaction; Graph fields partnerdesk does not keep are ignored.',
        body: GraphIssuesPage,
        response: responses(
          {
            200: Type.Object(
              { imported: Type.Integer({ description: 'how many issues were created or replaced' }) },
              { examples: [{ imported: 1 }] },
            ),
          },
          422,
        ),
      },
      config: { access: 'incidents:manage' },
    },
    async (request) => request.inTenant((tx) => importIncidents(tx, request.body)),
  );

  app.get(
    '/service-incidents',
    {
      schema: {
        operationId: 'listServiceIncidents',
        tags: ['service-health'],
        summary: 'Service incidents by id, filtered by service (case-insensitive) and isResolved',
        querystring: Type.Object(
          {
            ...PageQuery,
            service: Type.Optional(
              Type.String({ maxLength: 200, description: 'only incidents of this service, e.g. Exchange Online' }),
            ),
            isResolved: Type.Optional(Type.Boolean({ description: 'only resolved (true) or unresolved (false) ones' })),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: ServiceIncidentPage }),
      },
      config: { access: 'incidents:read' },
    },
    async (request) =>
      request.inTenant((tx) =>
        paginate(
          request,
          tx,
          'service-incidents',
          (after, limit) => listIncidents(tx, request.query, after, limit),
          (i) => [i.id, i.customerId ?? EVERY_CUSTOMER],
        ),
      ),
  );
}
