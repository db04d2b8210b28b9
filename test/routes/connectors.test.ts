/**
 * The Microsoft connectors end to end (issue 17), against a local fake of Microsoft (token,
 * Graph, Partner Center) on 127.0.0.1: service health pulled from Graph decides the R2 gate, and
 * an escalation is filed once in Partner Center and followed until Microsoft closes it.
 */
import t from 'tap';
import { createCustomerKey, eventually, newRequest, type Page, type Problem, type Resource } from '../helper.js';
import {
  call,
  connectedDesk,
  exchangeIncident,
  partnerTenant,
  registration,
  startFakeMicrosoft,
} from '../support/microsoft.js';

t.test(
  'connected to Microsoft: the R2 gate runs on live service health, and the escalation is filed and followed',
  async (t) => {
    const fake = await startFakeMicrosoft(t, registration);
    const { app, admin, customer } = await connectedDesk(t, fake);
    const tenantId = customer.tenantId;

    // Other issues of the tenant, so that the sync reads more than one page (the fake pages by two).
    fake.setIssue(tenantId, {
      ...exchangeIncident('2026-11-19T10:00:00Z', true),
      id: 'TM400001',
      service: 'Microsoft Teams',
    });
    fake.setIssue(tenantId, {
      ...exchangeIncident('2026-11-19T11:00:00Z', true),
      id: 'SP300001',
      service: 'SharePoint Online',
    });
    fake.setIssue(tenantId, exchangeIncident('2026-11-20T08:15:00Z', false));
    fake.fail('graph', { status: 429, retryAfter: '1' });

    // The partner configures both connectors; secrets go in and never come out.
    for (const path of ['graph', 'partner-center']) {
      const put = await call(app, 'PUT', `/v1/partner/connectors/${path}`, admin.auth, {
        tenantId: partnerTenant,
        ...registration,
      });
      t.equal(put.statusCode, 200, `${path} configured`);
      t.notMatch(put.body, registration.clientSecret, 'the secret is not returned');
      t.match(put.json(), { tenantId: partnerTenant, clientId: registration.clientId, credentialKind: 'secret' });
    }

    // The Graph sync brings the active Exchange Online incident for this customer (after a 429 and two pages).
    const incidents = await eventually(
      async () => {
        const page = (await call(app, 'GET', '/v1/service-incidents', admin.auth)).json<Page>();
        return page.data.length === 3 && page;
      },
      30_000,
      'the Graph sync',
    );
    t.match(
      incidents.data.find((incident) => incident.id === 'EX512345'),
      { service: 'Exchange Online', isResolved: false, customerId: customer.id },
    );
    t.ok(fake.calls.filter((c) => c.target === 'graph').length >= 3, 'throttled once, then two pages');
    const graph = await eventually(async () => {
      const body = (await call(app, 'GET', '/v1/partner/connectors/graph', admin.auth)).json<Resource>();
      return body.status === 'healthy' && body;
    });
    t.ok(graph.lastSuccessAt && graph.nextRunAt, 'the connector shows its last success and next run');
    t.notMatch(JSON.stringify(graph), registration.clientSecret);

    // A request of this customer about Exchange Online: the health check finds the incident.
    const requestId = (
      await call(app, 'POST', '/v1/support-requests', admin.auth, newRequest(customer.id))
    ).json<Resource>().id;
    await call(app, 'POST', `/v1/support-requests/${requestId}/transitions`, admin.auth, { to: 'in_progress' });
    await call(app, 'PUT', `/v1/support-requests/${requestId}/diagnosis`, admin.auth, {
      cause: 'service_bug',
      summary: 'Mail transport rejects every inbound message with 451 4.7.500.',
    });
    const blocked = await call(app, 'POST', `/v1/support-requests/${requestId}/health-checks`, admin.auth);
    t.match(blocked.json(), { outcome: 'known_incident', matchingIncidentIds: ['EX512345'] });
    const escalation = {
      supportRequestId: requestId,
      channel: 'technical',
      summary: 'Inbound mail rejected since 09:00.',
    };
    const refused = await call(app, 'POST', '/v1/escalations', admin.auth, escalation);
    t.equal(refused.json<Problem>().code, 'known-service-incident');

    // Microsoft resolves the incident upstream: the next check pulls it first and is clear.
    fake.setIssue(tenantId, exchangeIncident(new Date(Date.now() + 60_000).toISOString(), true));
    const clear = await call(app, 'POST', `/v1/support-requests/${requestId}/health-checks`, admin.auth);
    t.match(clear.json(), { outcome: 'clear', matchingIncidentIds: [] });
    const opened = await call(app, 'POST', '/v1/escalations', admin.auth, escalation);
    t.equal(opened.statusCode, 201);
    const escalationId = opened.json<Resource>().id;

    // Filing needs a support topic from Partner Center's catalogue.
    const noTopic = await call(app, 'POST', `/v1/escalations/${escalationId}/file`, admin.auth, {});
    t.equal(noTopic.json<Problem>().code, 'unknown-support-topic');
    const badTopic = await call(app, 'POST', `/v1/escalations/${escalationId}/file`, admin.auth, {
      supportTopicId: '99999',
    });
    t.equal(badTopic.statusCode, 422);
    t.equal(badTopic.json<Problem>().code, 'unknown-support-topic');

    // Partner Center creates the service request, but its answer never comes: the escalation stays open.
    // A second call made while the first searches Partner Center is told to retry: it does not file again.
    fake.fail('list', { delayMs: 1_000 });
    fake.fail('create', { hangAfterCreating: true });
    const listsBefore = fake.calls.filter((c) => c.target === 'list').length;
    const firstCall = call(app, 'POST', `/v1/escalations/${escalationId}/file`, admin.auth, {
      supportTopicId: '32444671',
    });
    await eventually(
      async () => fake.calls.filter((c) => c.target === 'list').length > listsBefore,
      30_000,
      'the first call searches',
    );
    const meanwhile = await call(app, 'POST', `/v1/escalations/${escalationId}/file`, admin.auth, {
      supportTopicId: '32444671',
    });
    t.equal(meanwhile.statusCode, 409);
    t.equal(meanwhile.json<Problem>().code, 'conflict');
    const timedOut = await firstCall;
    t.equal(timedOut.statusCode, 503);
    t.equal(timedOut.json<Problem>().code, 'connector-unavailable');
    t.equal((await call(app, 'GET', `/v1/escalations/${escalationId}`, admin.auth)).json<Resource>().state, 'open');
    t.equal(fake.serviceRequests.length, 1, 'Partner Center did create it');

    // The retry finds it and adopts it: filed once.
    const filed = await call(app, 'POST', `/v1/escalations/${escalationId}/file`, admin.auth, {
      supportTopicId: '32444671',
    });
    t.equal(filed.statusCode, 200);
    const serviceRequest = fake.serviceRequests[0]!;
    t.match(filed.json(), { state: 'submitted', externalCaseId: serviceRequest.id, supportTopicId: '32444671' });
    t.equal(fake.serviceRequests.length, 1, 'not filed twice');
    t.match(serviceRequest, { severity: 'critical', supportTopicId: '32444671', title: /^Exchange Online: / });
    t.match(serviceRequest.description, `[partnerdesk escalation ${escalationId}]`, 'marked for a retry to find');

    // Microsoft needs the partner (with an expired token in between), then closes the case.
    fake.expireTokens();
    fake.answer(serviceRequest.id, 'attention_needed', 'Please send a message trace of a rejected message.');
    await eventually(
      async () => {
        const state = (await call(app, 'GET', `/v1/escalations/${escalationId}`, admin.auth)).json<Resource>().state;
        return state === 'attention_needed';
      },
      30_000,
      'attention_needed',
    );
    fake.answer(serviceRequest.id, 'closed', 'A transport rule update was rolled back on our side; mail flows again.');
    const resolved = await eventually(
      async () => {
        const body = (await call(app, 'GET', `/v1/escalations/${escalationId}`, admin.auth)).json<Resource>();
        return body.state === 'resolved' && body;
      },
      30_000,
      'resolved',
    );
    t.match(resolved, { outcome: /rolled back/ });

    // The request is back in the partner's work, with Microsoft's notes internal only (R9).
    const back = (await call(app, 'GET', `/v1/support-requests/${requestId}`, admin.auth)).json<Resource>();
    t.equal(back.state, 'in_progress');
    const notes = (await call(app, 'GET', `/v1/support-requests/${requestId}/notes`, admin.auth)).json<Page>();
    const microsoft = notes.data.filter((note) => String(note.text).startsWith('Partner Center'));
    t.same(
      microsoft.map((note) => [note.visibility, note.text]),
      [
        ['internal', 'Partner Center (Microsoft Support): Please send a message trace of a rejected message.'],
        [
          'internal',
          'Partner Center (Microsoft Support): A transport rule update was rolled back on our side; mail flows again.',
        ],
      ],
    );
    const portal = await createCustomerKey(app, admin, customer.id);
    const seen = (await call(app, 'GET', `/v1/support-requests/${requestId}/notes`, portal)).json<Page>();
    t.notOk(
      seen.data.some((note) => String(note.text).includes('Partner Center')),
      'the customer never sees them',
    );
    const pc = (await call(app, 'GET', '/v1/partner/connectors/partner-center', admin.auth)).json<Resource>();
    t.match(pc, { status: 'healthy', failingSince: null, lastError: /no answer within/ });
  },
);
