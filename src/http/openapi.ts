import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { applyConventions, withProblemCodes } from '../schemas/conventions.js';

export const tags = [
  { name: 'service', description: 'Liveness, readiness and the contract itself' },
  { name: 'partners', description: 'The partner (tenant), its support profile and support plans' },
  { name: 'access', description: 'API keys and the caller' },
  {
    name: 'sla',
    description: 'SLA definitions: the support offering customers are told about (R6), and its business-hours clock',
  },
  { name: 'customers', description: "The partner's customers, their billing status and SLA coverage" },
  {
    name: 'support-requests',
    description: 'Requests customers raise through the partner (R1), their lifecycle, notes, diagnosis and SLA',
  },
  {
    name: 'escalations',
    description:
      'Escalations to Microsoft or the indirect provider: only what Microsoft owns, through the right channel and plan (R1–R5)',
  },
  { name: 'events', description: 'The ordered event feed integrations follow' },
  { name: 'webhooks', description: 'Webhook subscriptions and their deliveries (Standard Webhooks 1.0)' },
  {
    name: 'service-health',
    description: 'Microsoft service health incidents (Graph serviceHealthIssue), checked before escalating (R2)',
  },
  { name: 'reports', description: 'What the requests say about the customers: training needs (002)' },
];

/**
 * The OpenAPI 3.1 document, built by @fastify/swagger from the route schemas, served at
 * /openapi.json and rendered at /docs. Shared schemas keep their names as components.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'partnerdesk',
        version,
        description:
          'The support desk a Microsoft CSP partner runs for its customers: support requests with their SLA, ' +
          'escalations to Microsoft or the indirect provider, customers, and an event feed and webhooks for ' +
          'integrations.\n\nConventions: errors are RFC 9457 `application/problem+json` with a stable `code` (each ' +
          'operation lists its codes in `x-problem-codes`; new codes may appear). Lists are paged with `limit` (20 by ' +
          'default) and `cursor`. Every POST takes an `Idempotency-Key`; changes take `If-Match` with the `ETag` read. ' +
          'Every answer carries `x-request-id`.',
        contact: { name: 'The partnerdesk maintainers' },
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [
        { url: '/', description: 'The deployment serving this document' },
        {
          url: '{baseUrl}',
          description: 'Any partnerdesk deployment',
          variables: { baseUrl: { default: 'http://127.0.0.1:3000', description: 'where the deployment answers' } },
        },
      ],
      tags,
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A partnerdesk API key: `pd_<partner>_<secret>`.' },
          operatorToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The deployment operator token (OPERATOR_TOKEN).',
          },
        },
      },
      security: [{ apiKey: [] }],
    },
    transform: withProblemCodes,
    transformObject: (document) => applyConventions('openapiObject' in document ? document.openapiObject : document),
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `schema${i}`) },
  });

  app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => app.swagger());

  // Swagger UI with its assets served from this service (no CDN), reading the same document.
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true }, staticCSP: true });
}
