/**
 * Focused tests of the Microsoft connectors (issue 17): failure is visible (the R2 gate refuses a
 * check that could not reach Microsoft, events, metrics, compliance), secrets stay sealed, and the
 * base URLs must be https.
 */
import t from 'tap';
import { loadConfig } from '../../src/config.js';
import { seal, unseal } from '../../src/connectors/secretBox.js';
import { asOwner, newRequest, OPERATOR_TOKEN, type Page, type Problem, type Resource } from '../helper.js';
import {
  call,
  connectedDesk,
  exchangeIncident,
  partnerTenant,
  registration,
  startFakeMicrosoft,
} from '../support/microsoft.js';

t.test(
  'Microsoft unreachable: the check says unavailable, the gate refuses, and the failure shows everywhere',
  async (t) => {
    const fake = await startFakeMicrosoft(t, registration);
    // No background jobs: only the health checks call Microsoft here.
    const { app, admin, customer, ownerUrl } = await connectedDesk(t, fake, { jobs: false });
    const put = await call(app, 'PUT', '/v1/partner/connectors/graph', admin.auth, {
      tenantId: partnerTenant,
      ...registration,
    });
    t.equal(put.json<Resource>().status, 'pending');
    const requestId = (
      await call(app, 'POST', '/v1/support-requests', admin.auth, newRequest(customer.id))
    ).json<Resource>().id;
    await call(app, 'POST', `/v1/support-requests/${requestId}/transitions`, admin.auth, { to: 'in_progress' });
    await call(app, 'PUT', `/v1/support-requests/${requestId}/diagnosis`, admin.auth, {
      cause: 'service_unavailable',
      summary: 'Outlook cannot connect to Exchange Online.',
    });

    fake.fail('graph', { status: 500 });
    const check = await call(app, 'POST', `/v1/support-requests/${requestId}/health-checks`, admin.auth);
    t.equal(check.statusCode, 201);
    t.match(check.json(), { outcome: 'unavailable' });
    const refused = await call(app, 'POST', '/v1/escalations', admin.auth, {
      supportRequestId: requestId,
      channel: 'technical',
      summary: 'Outlook cannot connect.',
    });
    t.equal(refused.statusCode, 422);
    t.equal(refused.json<Problem>().code, 'service-health-unavailable');
    const failing = (await call(app, 'GET', '/v1/partner/connectors/graph', admin.auth)).json<Resource>();
    t.match(failing, { status: 'failing', lastError: /answered 500/, failingSince: String });

    // A day of failures marks it unhealthy, on the connector and in compliance.
    await asOwner(ownerUrl, `update connectors set failing_since = now() - interval '25 hours'`);
    t.equal((await call(app, 'GET', '/v1/partner/connectors/graph', admin.auth)).json<Resource>().status, 'unhealthy');
    const compliance = (await call(app, 'GET', '/v1/partner/compliance', admin.auth)).json<{
      findings: { code: string; connectors?: { kind: string }[] }[];
    }>();
    t.match(
      compliance.findings.find((f) => f.code === 'unhealthy-connectors'),
      { connectors: [{ kind: 'graph' }] },
    );

    // Microsoft answers again: the next check is decided on its data, and the connector recovers.
    fake.setIssue(customer.tenantId, exchangeIncident('2026-11-20T08:15:00Z', false));
    const again = await call(app, 'POST', `/v1/support-requests/${requestId}/health-checks`, admin.auth);
    t.match(again.json(), { outcome: 'known_incident', matchingIncidentIds: ['EX512345'] });
    t.equal((await call(app, 'GET', '/v1/partner/connectors/graph', admin.auth)).json<Resource>().status, 'healthy');

    const events = (await call(app, 'GET', '/v1/events?limit=100', admin.auth)).json<Page>();
    const connectorEvents = events.data.filter((e) => String(e.type).startsWith('connector.'));
    t.match(connectorEvents, [
      { type: 'connector.failed', data: { kind: 'graph', error: /answered 500/ } },
      { type: 'connector.recovered', data: { kind: 'graph', failingSince: String } },
    ]);
    const metrics = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
    t.match(metrics.body, /partnerdesk_connector_calls_total\{connector="graph",outcome="failure"\} 1\n/);
    t.match(metrics.body, /partnerdesk_connector_calls_total\{connector="graph",outcome="success"\} 1\n/);
  },
);

t.test('wrong credentials: the identity platform refuses, and the connector says why', async (t) => {
  const fake = await startFakeMicrosoft(t, registration);
  const { app, admin, customer } = await connectedDesk(t, fake, { jobs: false });
  await call(app, 'PUT', '/v1/partner/connectors/graph', admin.auth, {
    tenantId: partnerTenant,
    clientId: registration.clientId,
    clientSecret: 'an-expired-secret',
  });
  const requestId = (
    await call(app, 'POST', '/v1/support-requests', admin.auth, newRequest(customer.id))
  ).json<Resource>().id;
  await call(app, 'POST', `/v1/support-requests/${requestId}/transitions`, admin.auth, { to: 'in_progress' });
  const check = await call(app, 'POST', `/v1/support-requests/${requestId}/health-checks`, admin.auth);
  t.match(check.json(), { outcome: 'unavailable' });
  const graph = (await call(app, 'GET', '/v1/partner/connectors/graph', admin.auth)).json<Resource>();
  t.match(graph, { status: 'failing', lastError: /sign-in refused: invalid_client/ });
});

t.test('secrets are write-only and sealed at rest', async (t) => {
  const fake = await startFakeMicrosoft(t, registration);
  const { app, admin, ownerUrl } = await connectedDesk(t, fake, { jobs: false });
  const both = await call(app, 'PUT', '/v1/partner/connectors/partner-center', admin.auth, {
    tenantId: partnerTenant,
    ...registration,
    certificate: {
      thumbprintSha256: 'A'.repeat(64),
      privateKey: '-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----',
    },
  });
  t.equal(both.json<Problem>().code, 'validation-failed', 'a secret or a certificate, not both');
  const put = await call(app, 'PUT', '/v1/partner/connectors/partner-center', admin.auth, {
    tenantId: partnerTenant,
    ...registration,
  });
  t.match(put.json(), { agentLocale: 'en-US', credentialKind: 'secret' });
  const [row] = await asOwner<{ sealed: string }>(ownerUrl, 'select sealed_credential as sealed from connectors');
  t.notMatch(row!.sealed, registration.clientSecret, 'not stored in clear');
  t.equal(
    (await call(app, 'GET', '/v1/partner/connectors/graph', admin.auth)).json<Problem>().code,
    'not-found',
    'an unconfigured connector',
  );
  const helpdesk = await app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: admin.auth,
    payload: { name: 'helpdesk', role: 'helpdesk_agent' },
  });
  const agent = { authorization: `Bearer ${helpdesk.json<{ key: string }>().key}` };
  t.equal((await call(app, 'GET', '/v1/partner/connectors/partner-center', agent)).statusCode, 403, 'admins only');
});

t.test('a sealed secret opens only with its key and for its own connector', async (t) => {
  const key = Buffer.alloc(32, 1);
  const sealed = seal(key, 'Qx48Q~secret', 'connector:a:graph');
  t.equal(unseal(key, sealed, 'connector:a:graph'), 'Qx48Q~secret');
  t.throws(() => unseal(key, sealed, 'connector:b:graph'), 'another partner');
  t.throws(() => unseal(Buffer.alloc(32, 2), sealed, 'connector:a:graph'), 'another key');
});

t.test('Microsoft base URLs are https, or http to a loopback address', async (t) => {
  t.throws(() => loadConfig({ GRAPH_BASE_URL: 'http://graph.example.com' }), /GRAPH_BASE_URL must be an https URL/);
  t.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:8080' }).connectors.graphBaseUrl, 'http://127.0.0.1:8080');
  t.throws(() => loadConfig({ CONNECTOR_SECRET_KEY: 'x'.repeat(44) }), /CONNECTOR_SECRET_KEY must be 32 bytes/);
});
