import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppSettings } from './config.js';
import type { Migration } from './db/migrate.js';
import type { Client, Pool } from './db/pool.js';
import { withTenant, type TenantOptions } from './db/tenant.js';
import access, { type Principal } from './http/access.js';
import type { App } from './http/app-types.js';
import inputHygiene from './http/hygiene.js';
import idempotency from './http/idempotency.js';
import { metrics } from './http/metrics.js';
import rateLimiting from './http/rateLimit.js';
import { sharedSerializers } from './http/serializers.js';
import entityTags from './http/versioning.js';
import { openApi } from './http/openapi.js';
import problemHandling, { answerClientError, handleError } from './http/problem.js';
import { registerComponents } from './schemas/common.js';
import apiKeyRoutes from './routes/api-keys/index.js';
import connectorRoutes from './routes/connectors/index.js';
import attachmentRoutes from './routes/attachments/index.js';
import customerRoutes from './routes/customers/index.js';
import escalationRoutes from './routes/escalations/index.js';
import importRoutes from './routes/imports/index.js';
import eventRoutes from './routes/events/index.js';
import partnerRoutes from './routes/partners/index.js';
import reportRoutes from './routes/reports/index.js';
import serviceRoutes from './routes/service/index.js';
import serviceIncidentRoutes from './routes/service-incidents/index.js';
import supportRequestRoutes from './routes/support-requests/index.js';
import timeEntryRoutes from './routes/time-entries/index.js';
import slaDefinitionRoutes from './routes/sla-definitions/index.js';
import webhookRoutes from './routes/webhooks/index.js';
import { version } from './version.js';

export interface AppDependencies {
  pool: Pool;
  /** A hot standby's pool for read-only work (DATABASE_READ_URL); absent, reads use `pool`. */
  readPool?: Pool;
  migrations: Migration[];
  settings: AppSettings;
  logger?: FastifyBaseLogger;
}

declare module 'fastify' {
  interface FastifyInstance {
    pool: Pool;
    /** Where read-only work goes: the standby's pool, or `pool` itself when none is configured. */
    readPool: Pool;
    migrations: Migration[];
    settings: AppSettings;
  }
  interface FastifyRequest {
    /**
     * Runs `work` in a transaction scoped to the caller's partner, and customer for customer users
     * (see withTenant); the operator's is scoped to no partner. In a POST with an Idempotency-Key,
     * every call is a step of the one transaction that also stores the answer (src/http/idempotency.ts).
     * A work of one statement may say so (TenantOptions): its commit then leaves with it.
     */
    inTenant<T>(work: (client: Client) => Promise<T>, options?: TenantOptions): Promise<T>;
    /**
     * The same for read-only work that may lag the primary by the standby's replication delay
     * (lists, search, the feed, reports, export): on the read pool. A write's own answer is
     * always read in the write's transaction, on the primary.
     */
    readInTenant<T>(work: (client: Client) => Promise<T>): Promise<T>;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp(deps: AppDependencies): Promise<App> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    // A caller's own correlation id is kept when it is sane, so logs line up across systems.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // request.ip, which the rate limits key on: the TCP peer, or the client a trusted proxy names.
    trustProxy: deps.settings.trustProxy,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
    schemaController: { compilersFactory: { buildSerializer: sharedSerializers() } },
    return503OnClosing: true,
    frameworkErrors: (error, request, reply) => void handleError(error, request, reply),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The API speaks JSON only; anything else is 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.decorate('pool', deps.pool);
  const readPool = deps.readPool ?? deps.pool;
  app.decorate('readPool', readPool);
  app.decorate('migrations', deps.migrations);
  // The connectors report each call's outcome to the metrics plugin (registered below).
  const connectors = {
    ...deps.settings.connectors,
    onRun: (kind: 'graph' | 'partner_center', outcome: 'success' | 'failure') =>
      app.metrics.connectorRun(kind, outcome),
  };
  app.decorate('settings', { ...deps.settings, connectors });
  app.decorateRequest('inTenant', function <
    T,
  >(this: FastifyRequest, work: (client: Client) => Promise<T>, options?: TenantOptions) {
    if (this.keyedTransaction) return this.keyedTransaction.run(work);
    const principal = this.principal as Principal | null;
    return withTenant(deps.pool, principal?.partnerId ?? null, work, principal?.customerId ?? null, options);
  });
  app.decorateRequest('readInTenant', function <T>(this: FastifyRequest, work: (client: Client) => Promise<T>) {
    const principal = this.principal as Principal | null;
    return withTenant(readPool, principal?.partnerId ?? null, work, principal?.customerId ?? null);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerComponents(app);
  // Each declares the plugins it needs: registering one before those fails at boot.
  await app.register(problemHandling);
  await app.register(inputHygiene);
  await app.register(rateLimiting, { perMinute: deps.settings.rateLimitPerMinute });
  await app.register(access, { pool: deps.pool, operatorToken: deps.settings.operatorToken });
  await app.register(metrics);
  await app.register(entityTags);
  await app.register(idempotency, { pool: deps.pool });
  await app.register(openApi, { version });

  await app.register(serviceRoutes);
  // The resources, under the API's version; route files declare their paths without it.
  const v1 = { prefix: '/v1' };
  await app.register(partnerRoutes, v1);
  await app.register(apiKeyRoutes, v1);
  await app.register(slaDefinitionRoutes, v1);
  await app.register(customerRoutes, v1);
  await app.register(importRoutes, v1);
  await app.register(supportRequestRoutes, v1);
  await app.register(timeEntryRoutes, v1);
  await app.register(attachmentRoutes, v1);
  await app.register(serviceIncidentRoutes, v1);
  await app.register(escalationRoutes, v1);
  await app.register(eventRoutes, v1);
  await app.register(webhookRoutes, v1);
  await app.register(reportRoutes, v1);
  await app.register(connectorRoutes, v1);
  return app;
}
