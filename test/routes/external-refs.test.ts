import t from 'tap';
import {
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  publishedSla,
  type EventResource,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

t.test(
  'external references: kept on customers and requests, unique per partner and type, in every event',
  async (t) => {
    const { app } = await build(t);
    const admin = await createPartner(app);
    await publishedSla(app, admin.auth);
    const hubspot = { system: 'hubspot', id: '123', url: 'https://app.hubspot.com/contacts/1/company/123' };
    const customer = await createCustomer(app, admin.auth, { externalRefs: [hubspot] });
    t.same(customer.externalRefs, [hubspot]);

    const taken = await app.inject({
      method: 'POST',
      url: '/v1/customers',
      headers: admin.auth,
      payload: {
        name: 'Another',
        domain: 'another.onmicrosoft.com',
        tenantId: '6b1f1f4e-8f5a-4a53-9bb2-3d3c1b1e0c11',
        externalRefs: [{ system: 'hubspot', id: '123' }],
      },
    });
    t.equal(taken.statusCode, 409);
    t.equal(taken.json<Problem>().code, 'external-ref-taken');
    t.equal(taken.headers['content-type'], 'application/problem+json');
    const listed = (await app.inject({ url: '/v1/customers', headers: admin.auth })).json<Page>();
    t.equal(listed.data.length, 1, 'the refused customer was not written');

    const other = await createPartner(app);
    await publishedSla(app, other.auth);
    await t.resolves(
      createCustomer(app, other.auth, { externalRefs: [{ system: 'hubspot', id: '123' }] }),
      'another partner may use the same reference',
    );

    const patchedAway = await app.inject({
      method: 'PATCH',
      url: `/v1/customers/${customer.id}`,
      headers: admin.auth,
      payload: { externalRefs: [{ system: 'dynamics365', id: 'acc-9' }] },
    });
    t.equal(patchedAway.statusCode, 200);
    t.same(patchedAway.json<Resource>().externalRefs, [{ system: 'dynamics365', id: 'acc-9' }]);
    await t.resolves(
      createCustomer(app, admin.auth, { externalRefs: [{ system: 'hubspot', id: '123' }] }),
      'a reference given up is free again',
    );

    for (const [payload, path] of [
      [
        { externalRefs: Array.from({ length: 11 }, (_, i) => ({ system: 'zendesk', id: `${i}` })) },
        '/body/externalRefs',
      ],
      [{ externalRefs: [{ system: 'Not A Slug', id: '1' }] }, '/body/externalRefs/0/system'],
      [{ externalRefs: [{ system: 'zendesk', id: '' }] }, '/body/externalRefs/0/id'],
      [
        {
          externalRefs: [
            { system: 'zendesk', id: '1' },
            { system: 'zendesk', id: '1' },
          ],
        },
        '/body/externalRefs/1',
      ],
    ] as const) {
      const refused = await app.inject({
        method: 'PATCH',
        url: `/v1/customers/${customer.id}`,
        headers: admin.auth,
        payload,
      });
      t.equal(refused.statusCode, 400, JSON.stringify(payload).slice(0, 60));
      t.ok(
        refused.json<Problem>().errors.some((e) => e.path === path),
        `${path} is named: ${refused.body}`,
      );
    }

    const servicenow = { system: 'servicenow', id: 'INC0012345' };
    const raised = await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(customer.id, { externalRefs: [servicenow] }),
    });
    t.equal(raised.statusCode, 201);
    const request = raised.json<Resource>();
    t.same(request.externalRefs, [servicenow]);
    const again = await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(customer.id, { externalRefs: [servicenow] }),
    });
    t.equal(again.statusCode, 409);
    t.equal(again.json<Problem>().code, 'external-ref-taken');
    await t.resolves(
      createCustomer(app, admin.auth, { externalRefs: [servicenow] }),
      'a customer may carry the reference a request carries: uniqueness is per type',
    );

    const customerUser = await createCustomerKey(app, admin, customer.id);
    const byCustomer = await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: customerUser,
      payload: newRequest(undefined, { externalRefs: [{ system: 'servicenow', id: 'INC1' }] }),
    });
    t.equal(byCustomer.statusCode, 403, "customers do not set the partner's references");

    const helpdesk = await createKey(app, admin, 'helpdesk_agent');
    await app.inject({
      method: 'POST',
      url: `/v1/support-requests/${request.id}/transitions`,
      headers: helpdesk,
      payload: { to: 'in_progress' },
    });
    await app.inject({
      method: 'POST',
      url: `/v1/support-requests/${request.id}/notes`,
      headers: helpdesk,
      payload: { text: 'Looking into it', visibility: 'public' },
    });

    const history = async (url: string) =>
      (await app.inject({ url, headers: admin.auth })).json<Page<EventResource>>().data;
    const aboutRequest = await history(`/v1/support-requests/${request.id}/events`);
    t.same(
      aboutRequest.map((e) => e.type),
      ['support_request.created', 'support_request.state_changed', 'support_request.note_added'],
    );
    for (const event of aboutRequest) t.same(event.data.externalRefs, [servicenow], `${event.type} carries the refs`);
    const aboutCustomer = await history(`/v1/customers/${customer.id}/events`);
    t.same(
      aboutCustomer.map((e) => [e.type, e.data.externalRefs]),
      [
        ['customer.created', [hubspot]],
        ['customer.updated', [{ system: 'dynamics365', id: 'acc-9' }]],
      ],
    );
  },
);
