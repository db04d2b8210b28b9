import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Test } from 'tap';
import { buildApp } from '../src/app.js';
import type { AppSettings } from '../src/config.js';
import { loadMigrations } from '../src/db/migrate.js';
import { createAppPool, type Pool } from '../src/db/pool.js';
import type { App } from '../src/http/app-types.js';
import { startJobs, type JobSettings } from '../src/jobs/runner.js';
import { pino } from 'pino';
import { checkResponses } from './support/conformance.js';

export const TEMPLATE_DATABASE = 'partnerdesk_template';
export const OPERATOR_TOKEN = 'test-operator-token-0123456789';

function clusterUrl(): string {
  const url = process.env.PARTNERDESK_TEST_CLUSTER_URL;
  if (!url) throw new Error('run the tests with `npm test`: it starts the PostgreSQL cluster they use');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(clusterUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: clusterUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(migrated: boolean): Promise<{ url: string; drop: () => Promise<unknown> }> {
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await admin((client) => client.query(`create database ${name}${migrated ? ` template ${TEMPLATE_DATABASE}` : ''}`));
  return {
    url: databaseUrl(name),
    drop: () => admin((client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

/** A database of its own for the test, dropped at its end; `migrated` clones the migrated template. */
export async function freshDatabase(t: Test, { migrated = true } = {}): Promise<string> {
  const database = await createDatabase(migrated);
  t.teardown(database.drop);
  return database.url;
}

export interface TestContext {
  app: App;
  pool: Pool;
  ownerUrl: string;
  /** Runs before the app, the pool and the database close (last registered, first run). */
  beforeClose(stop: () => Promise<unknown>): void;
}

export const testSettings: AppSettings = {
  operatorToken: OPERATOR_TOKEN,
  rateLimitPerMinute: 0,
  trustProxy: false,
  reopenWindowDays: 7,
  healthCheckMaxAgeHours: 24,
  webhookAllowPrivateTargets: true,
  // Nothing listens there: tests only touch 127.0.0.1, and one that uses a connector points it at its fake.
  connectors: {
    endpoints: {
      loginBaseUrl: 'https://127.0.0.1:9',
      graphBaseUrl: 'https://127.0.0.1:9',
      partnerCenterBaseUrl: 'https://127.0.0.1:9',
      ca: undefined,
      timeoutMs: 5_000,
      maxRetryWaitMs: 5_000,
    },
    secretKey: Buffer.alloc(32, 7),
    syncSeconds: 300,
  },
  attachmentMaxBytes: 26_214_400,
  attachmentsPerRequest: 20,
};

/**
 * The app on a fresh migrated database, closed at the end of the test. Every response it sends is
 * checked against the contract (`validateResponses`): a violation fails the test at its end.
 */
export async function build(
  t: Test,
  settings: Partial<AppSettings> = {},
  { validateResponses = true } = {},
): Promise<TestContext> {
  const database = await createDatabase(true);
  const ownerUrl = database.url;
  const pool = createAppPool(ownerUrl);
  const app = await buildApp({ pool, migrations: loadMigrations(), settings: { ...testSettings, ...settings } });
  const stops: (() => Promise<unknown>)[] = [];
  const violations = validateResponses ? checkResponses(app) : () => [];
  t.teardown(async () => {
    for (const stop of stops.reverse()) await stop();
    await app.close();
    await pool.end();
    await database.drop();
    const seen = [...new Set(violations())];
    if (seen.length > 0) throw new Error(`responses off the contract:\n${seen.join('\n')}`);
  });
  await app.ready();
  return { app, pool, ownerUrl, beforeClose: (stop) => stops.push(stop) };
}

export interface PartnerFixture {
  partner: { id: string; name: string; kind: string };
  key: string;
  auth: { authorization: string };
}

export async function createPartner(
  app: App,
  body: Record<string, unknown> = { name: 'Contoso Partner', kind: 'direct' },
): Promise<PartnerFixture> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/partners',
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`createPartner: ${response.statusCode} ${response.body}`);
  const created = response.json<{ partner: PartnerFixture['partner']; apiKey: { key: string } }>();
  return { partner: created.partner, key: created.apiKey.key, auth: { authorization: `Bearer ${created.apiKey.key}` } };
}

/** A new key of `role` for the partner whose admin key is `admin`. */
export async function createKey(app: App, admin: PartnerFixture, role: string): Promise<{ authorization: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: admin.auth,
    payload: { name: `${role} key`, role },
  });
  if (response.statusCode !== 201) throw new Error(`createKey: ${response.statusCode} ${response.body}`);
  return { authorization: `Bearer ${response.json<{ key: string }>().key}` };
}

/** Everything R6 asks an SLA definition to state: Paris office hours, two channels, pricing, targets. */
export function completeSla(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
  return {
    name: 'Standard support',
    supportTypes: ['billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting', 'updates', 'usage'],
    hours: {
      timezone: 'Europe/Paris',
      alwaysOpen: false,
      weekly: weekdays.flatMap((day) => [
        { day, open: '09:00', close: '12:30' },
        { day, open: '13:30', close: '18:00' },
      ]),
      holidays: ['2026-12-25'],
    },
    channels: [
      { kind: 'email', address: 'support@contoso.example', alwaysOpen: false },
      { kind: 'phone', address: '+33 1 23 45 67 89', alwaysOpen: false },
    ],
    pricing: { model: 'included', amount: 0, currency: 'EUR' },
    targets: {
      critical: { firstResponseMinutes: 60, resolutionMinutes: 480 },
      moderate: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
      minimal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
    },
    ...overrides,
  };
}

type Auth = { authorization: string };

/** A resource as the API answers it: tests use its id and check the rest with t.match and t.same. */
export type Resource = { id: string } & Record<string, unknown>;
/** An application/problem+json answer (RFC 9457). */
export type Problem = {
  code: string;
  detail: string;
  errors: { path: string; message: string }[];
  missing?: string[];
};
export type SupportRequestResource = Resource & {
  number: number;
  state: string;
  sla: { status: string; pausedMinutes: number; firstResponseDueAt: string; resolutionDueAt: string } & Record<
    string,
    unknown
  >;
};
export type EventResource = Resource & {
  type: string;
  occurredAt: string;
  subject: { type: string; id: string };
  data: Record<string, unknown>;
};
/** A page of a list. */
export type Page<T = Resource> = { data: T[]; nextCursor: string | null };
/** A customer import: its results once it has run. */
export type ImportResource = Resource & {
  status: string;
  counts: Record<string, number>;
  results: { index: number; status: string; id: string | null; problem?: Problem }[];
};
type Contact = { name: string; email: string };
export type CustomerResource = Resource & { tenantId: string; contacts: [Contact, ...Contact[]] };

async function created<T extends Resource = Resource>(
  app: App,
  url: string,
  auth: Auth,
  payload?: Record<string, unknown>,
): Promise<T> {
  const response = await app.inject({ method: 'POST', url, headers: auth, payload });
  if (response.statusCode !== 201 && response.statusCode !== 200)
    throw new Error(`POST ${url}: ${response.statusCode} ${response.body}`);
  return response.json<T>();
}

/** A published SLA definition (the partner's default unless told otherwise). */
export async function publishedSla(app: App, auth: Auth, overrides: Record<string, unknown> = {}): Promise<Resource> {
  const draft = await created(app, '/v1/sla-definitions', auth, completeSla({ isDefault: true, ...overrides }));
  return created(app, `/v1/sla-definitions/${draft.id}/publish`, auth);
}

let tenantCounter = 0;
export async function createCustomer(
  app: App,
  auth: Auth,
  overrides: Record<string, unknown> = {},
): Promise<CustomerResource> {
  tenantCounter++;
  return created<CustomerResource>(app, '/v1/customers', auth, {
    name: `Customer ${tenantCounter}`,
    domain: `customer${tenantCounter}.onmicrosoft.com`,
    tenantId: randomUUID(),
    contacts: [{ name: 'Ada Admin', email: `ada${tenantCounter}@customer.example` }],
    ...overrides,
  });
}

/** A customer_user key bound to `customerId`. */
export async function createCustomerKey(app: App, admin: PartnerFixture, customerId: string): Promise<Auth> {
  const key = await created<Resource & { key: string }>(app, '/v1/api-keys', admin.auth, {
    name: 'portal',
    role: 'customer_user',
    customerId,
  });
  return { authorization: `Bearer ${key.key}` };
}

/** Runs SQL as the schema owner, bypassing row-level security: for arranging time in tests. */
export async function asOwner<T extends pg.QueryResultRow = pg.QueryResultRow>(
  ownerUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A request body for `customerId`, technical by default. */
export function newRequest(
  customerId: string | undefined,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...(customerId ? { customerId } : {}),
    title: 'Mail flow stopped',
    description: 'Since 09:00 no external mail arrives in any mailbox.',
    category: 'troubleshooting',
    product: { name: 'Microsoft 365 E3', type: 'cloud', service: 'Exchange Online' },
    severity: 'critical',
    ...overrides,
  };
}

/** Raises a request for `customerId` through the API, as `auth`; its id. */
export async function raiseRequest(app: App, auth: Auth, customerId: string): Promise<string> {
  const raised = await app.inject({
    method: 'POST',
    url: '/v1/support-requests',
    headers: auth,
    payload: newRequest(customerId),
  });
  if (raised.statusCode !== 201) throw new Error(`raising a request: ${raised.statusCode} ${raised.body}`);
  return raised.json<Resource>().id;
}

/** Starts the background workers on a test's database, stopped at its end. */
export async function startTestJobs(context: TestContext, settings: Partial<JobSettings> = {}) {
  const runner = await startJobs({
    ownerUrl: context.ownerUrl,
    pool: context.pool,
    log: pino({ level: 'silent' }),
    connectors: context.app.settings.connectors,
    settings: {
      reopenWindowDays: 7,
      allowPrivateTargets: true,
      retryBaseSeconds: 1,
      staleJobSeconds: 120,
      ...settings,
    },
  });
  context.beforeClose(() => runner.stop());
  return runner;
}

/** Polls `check` until it returns something truthy, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An indirect provider (gold) and a reseller under it with a published 24/7 SLA (R5). */
export async function providerAndReseller(app: App): Promise<{ provider: PartnerFixture; reseller: PartnerFixture }> {
  const provider = await createPartner(app, { name: 'Provider', kind: 'indirect_provider', competency: 'gold' });
  const reseller = await createPartner(app, {
    name: 'Reseller',
    kind: 'indirect_reseller',
    indirectProviderId: provider.partner.id,
  });
  await publishedSla(app, reseller.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  return { provider, reseller };
}

/** `POST /v1/escalations` of a technical escalation of the request, as `auth`. */
export function escalateTechnically(app: App, auth: Auth, supportRequestId: string, summary: string) {
  return app.inject({
    method: 'POST',
    url: '/v1/escalations',
    headers: auth,
    payload: { supportRequestId, channel: 'technical', summary },
  });
}
