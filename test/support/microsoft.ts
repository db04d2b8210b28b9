/**
 * A local fake of the three Microsoft endpoints the connectors call, on 127.0.0.1 over https
 * (msal-node accepts https authorities only) with a self-signed certificate made for the run:
 * the identity platform's token endpoint (client credentials) with its OpenID configuration,
 * Microsoft Graph's service health issues, and Partner Center's service requests. It speaks the
 * documented shapes (see src/connectors/microsoft.ts) and can be told to misbehave: throttle with
 * 429 and Retry-After, fail with 500, expire the tokens it issued, or create a service request and
 * then never answer.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import type { App } from '../../src/http/app-types.js';
import { build, createCustomer, createPartner, publishedSla, startTestJobs, testSettings } from '../helper.js';

/** What the next matching call gets instead of a normal answer. */
export type Fault =
  | { status: 429 | 500 | 503; retryAfter?: string }
  /** Partner Center creates the service request, then the answer never comes (the client times out). */
  | { hangAfterCreating: true }
  | { hang: true }
  /** The answer as it stands on arrival, sent this much later. */
  | { delayMs: number };
export type FaultTarget = 'token' | 'graph' | 'topics' | 'create' | 'list' | 'get';

export interface FakeServiceRequest {
  id: string;
  title: string;
  description: string;
  severity: string;
  supportTopicId: string;
  status: 'none' | 'open' | 'closed' | 'attention_needed';
  notes: { createdByName: string; createdDate: string; text: string }[];
  createdDate: string;
}

/** Makes a self-signed certificate for 127.0.0.1 with the openssl command. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-microsoft-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PAGE_SIZE = 2;

export async function startFakeMicrosoft(t: Test, app: { clientId: string; clientSecret: string }) {
  const { key, cert } = selfSignedCertificate();
  const issued = new Map<string, { expired: boolean; tenant: string }>();
  const issuesByTenant = new Map<string, Record<string, unknown>[]>();
  const serviceRequests: FakeServiceRequest[] = [];
  const topics = [
    { id: '32444671', name: 'Exchange Online - Mail flow', description: 'Mail delivery and flow issues' },
    { id: '32444680', name: 'Microsoft Teams - Meetings', description: 'Calls and meetings' },
    { id: '32444700', name: 'Billing - Invoice question', description: 'Invoices and charges' },
  ];
  const faults: { target: FaultTarget; fault: Fault }[] = [];
  const calls: { target: FaultTarget; url: string }[] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';

  const delays = new WeakMap<ServerResponse, number>();
  const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const send = () => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(text);
    };
    const delay = delays.get(response);
    if (delay) setTimeout(send, delay);
    else send();
  };
  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => resolve(body));
    });
  /** Applies the first fault queued for this target; true when it answered (or will never), false when it goes on. */
  const faulted = (target: FaultTarget, response: ServerResponse, onCreate?: () => void): boolean => {
    const index = faults.findIndex((f) => f.target === target);
    if (index < 0) return false;
    const { fault } = faults.splice(index, 1)[0]!;
    if ('delayMs' in fault) {
      delays.set(response, fault.delayMs);
      return false;
    }
    if ('hangAfterCreating' in fault) {
      onCreate?.();
      hanging.add(response);
      return true;
    }
    if ('hang' in fault) {
      hanging.add(response);
      return true;
    }
    json(
      response,
      fault.status,
      { error: { code: 'fault', message: 'injected' } },
      fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
    );
    return true;
  };
  /** The tenant of the caller's token, or undefined (answered 401) when it has none valid. */
  const authorized = (request: IncomingMessage, response: ServerResponse): string | undefined => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const known = token ? issued.get(token) : undefined;
    if (!known || known.expired) {
      json(response, 401, {
        error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
      });
      return undefined;
    }
    return known.tenant;
  };

  const server = createServer({ key, cert }, (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', base);
      const body = await readBody(request);
      const path = url.pathname;
      const tenantRoute = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/.exec(path);
      if (tenantRoute) {
        const tenant = tenantRoute[1]!;
        if (tenantRoute[2]!.startsWith('v2.0')) {
          return json(response, 200, {
            token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
            authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
            end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
            issuer: `${base}/${tenant}/v2.0`,
            jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
            response_modes_supported: ['query', 'fragment', 'form_post'],
          });
        }
        calls.push({ target: 'token', url: path });
        if (faulted('token', response)) return;
        const form = new URLSearchParams(body);
        if (form.get('client_id') !== app.clientId || form.get('client_secret') !== app.clientSecret) {
          return json(response, 401, {
            error: 'invalid_client',
            error_description: 'AADSTS7000215: Invalid client secret provided.',
          });
        }
        const token = `fake-${randomUUID()}`;
        issued.set(token, { expired: false, tenant });
        return json(response, 200, {
          token_type: 'Bearer',
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: token,
        });
      }
      if (path === '/v1.0/admin/serviceAnnouncement/issues') {
        calls.push({ target: 'graph', url: url.toString() });
        if (faulted('graph', response)) return;
        // Each customer tenant sees its own issues: the tenant the token was issued in.
        const tenant = authorized(request, response);
        if (!tenant) return;
        const since = /lastModifiedDateTime gt (\S+)/.exec(url.searchParams.get('$filter') ?? '')?.[1];
        const all = (issuesByTenant.get(tenant) ?? []).filter(
          (issue) => !since || Date.parse(issue.lastModifiedDateTime as string) > Date.parse(since),
        );
        const skip = Number(url.searchParams.get('$skip') ?? '0');
        const page = all.slice(skip, skip + PAGE_SIZE);
        const next = new URL(url);
        next.searchParams.set('$skip', String(skip + PAGE_SIZE));
        return json(response, 200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues',
          value: page,
          ...(skip + PAGE_SIZE < all.length ? { '@odata.nextLink': next.toString() } : {}),
        });
      }
      if (path === '/v1/servicerequests/supporttopics') {
        calls.push({ target: 'topics', url: path });
        if (faulted('topics', response) || !authorized(request, response)) return;
        return json(response, 200, {
          totalCount: topics.length,
          items: topics,
          attributes: { objectType: 'Collection' },
        });
      }
      if (path === '/v1/servicerequests' && request.method === 'GET') {
        calls.push({ target: 'list', url: path });
        if (faulted('list', response) || !authorized(request, response)) return;
        return json(response, 200, {
          totalCount: serviceRequests.length,
          items: serviceRequests,
          attributes: { objectType: 'Collection' },
        });
      }
      const byId = /^\/v1\/servicerequests\/([^/]+)$/.exec(path);
      if (byId && request.method === 'POST') {
        calls.push({ target: 'create', url: path });
        const sent = JSON.parse(body || '{}') as Record<string, unknown>;
        const create = () => {
          const created: FakeServiceRequest = {
            id: `6163${String(serviceRequests.length + 1).padStart(6, '0')}`,
            title: String(sent.Title),
            description: String(sent.Description),
            severity: String(sent.Severity),
            supportTopicId: String(sent.SupportTopicId),
            status: 'open',
            notes: [],
            createdDate: new Date().toISOString(),
          };
          serviceRequests.push(created);
          return created;
        };
        if (!authorized(request, response) || faulted('create', response, create)) return;
        if (!topics.some((topic) => topic.id === sent.SupportTopicId)) {
          return json(response, 400, { code: 2001, description: 'Invalid support topic', errorName: 'InvalidInput' });
        }
        return json(response, 201, create());
      }
      if (byId && request.method === 'GET') {
        calls.push({ target: 'get', url: path });
        if (faulted('get', response) || !authorized(request, response)) return;
        const found = serviceRequests.find((sr) => sr.id === byId[1]);
        return found ? json(response, 200, found) : json(response, 404, { code: 404, description: 'Not found' });
      }
      json(response, 404, { error: 'no such route in the fake' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  return {
    baseUrl: base,
    ca: cert,
    calls,
    serviceRequests,
    topics,
    /** Queues a fault for the next call to `target`. */
    fail: (target: FaultTarget, fault: Fault) => faults.push({ target, fault }),
    /** Every token issued so far answers 401 from now on, as an expired one does. */
    expireTokens: () => issued.forEach((token) => (token.expired = true)),
    /** Sets (adds or replaces by id) a service health issue of a customer tenant. */
    setIssue: (tenantId: string, issue: Record<string, unknown>) => {
      const list = issuesByTenant.get(tenantId) ?? [];
      const at = list.findIndex((existing) => existing.id === issue.id);
      if (at >= 0) list[at] = issue;
      else list.push(issue);
      issuesByTenant.set(tenantId, list);
    },
    /** Microsoft works a service request: a new status, and a note from its engineer. */
    answer: (id: string, status: FakeServiceRequest['status'], note?: string) => {
      const found = serviceRequests.find((sr) => sr.id === id)!;
      found.status = status;
      if (note)
        found.notes.push({ createdByName: 'Microsoft Support', createdDate: new Date().toISOString(), text: note });
    },
  };
}

export type FakeMicrosoft = Awaited<ReturnType<typeof startFakeMicrosoft>>;

/** The app registration the fake accepts, and the partner's tenant. */
export const registration = {
  clientId: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a',
  clientSecret: 'Qx48Q~kN3wZ-test-secret',
};
export const partnerTenant = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

type Auth = { authorization: string };
export function call(app: App, method: 'GET' | 'POST' | 'PUT', url: string, auth: Auth, payload?: object) {
  return app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
}

/** The app with its connectors pointed at the fake, syncing every second, and its jobs running. */
export async function connectedDesk(t: Test, fake: FakeMicrosoft, options: { jobs?: boolean } = {}) {
  const context = await build(t, {
    connectors: {
      ...testSettings.connectors,
      endpoints: {
        loginBaseUrl: fake.baseUrl,
        graphBaseUrl: fake.baseUrl,
        partnerCenterBaseUrl: fake.baseUrl,
        ca: fake.ca,
        // Long enough for a busy CI never to cut a real answer; the hanging create waits it out once.
        timeoutMs: 8_000,
        maxRetryWaitMs: 5_000,
      },
      syncSeconds: 1,
    },
  });
  if (options.jobs !== false) await startTestJobs(context);
  const { app } = context;
  const admin = await createPartner(app, { name: 'Lutèce Cloud Services', kind: 'direct', competency: 'gold' });
  await publishedSla(app, admin.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  await call(app, 'POST', '/v1/partner/support-plans', admin.auth, {
    kind: 'premier',
    validFrom: '2026-01-01T00:00:00Z',
  });
  const customer = await createCustomer(app, admin.auth, {
    name: 'Fromagerie Durand',
    domain: 'durand.onmicrosoft.com',
  });
  return { ...context, admin, customer };
}

/** Exchange Online's incident EX512345 as Graph reports it, active or resolved. */
export const exchangeIncident = (lastModifiedDateTime: string, isResolved: boolean) => ({
  id: 'EX512345',
  title: 'Users may be unable to send or receive email',
  service: 'Exchange Online',
  feature: 'E-Mail and calendar access',
  featureGroup: 'Mail flow',
  classification: 'incident',
  status: isResolved ? 'serviceRestored' : 'serviceDegradation',
  isResolved,
  impactDescription: 'Users may be unable to send or receive email through Outlook.',
  startDateTime: '2026-11-20T08:10:00Z',
  endDateTime: isResolved ? lastModifiedDateTime : null,
  lastModifiedDateTime,
  highImpact: true,
});
