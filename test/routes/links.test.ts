import t from 'tap';
import type { App } from '../../src/http/app-types.js';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  publishedSla,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

// Many requests and megabytes through the app on 2 busy cores: more than the default, as a bound only a hang reaches.
t.setTimeout(300_000);

type Auth = { authorization: string };
type Note = Resource & { text: string; visibility: string; author: { kind: string } };

const call = (app: App, method: 'GET' | 'POST' | 'PUT', url: string, auth: Auth, payload?: object) =>
  app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });

async function desk(app: App) {
  const admin = await createPartner(app, { name: 'Contoso Partner', kind: 'direct', competency: 'gold' });
  await publishedSla(app, admin.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  return { admin, helpdesk };
}

async function raise(app: App, auth: Auth, customerId: string, take = true): Promise<string> {
  const id = (await call(app, 'POST', '/v1/support-requests', auth, newRequest(customerId))).json<Resource>().id;
  if (take) await call(app, 'POST', `/v1/support-requests/${id}/transitions`, auth, { to: 'in_progress' });
  return id;
}

const graphIssue = (isResolved: boolean) => ({
  id: 'EX123456',
  title: 'Users cannot send or receive email',
  service: 'Exchange Online',
  classification: 'incident',
  status: isResolved ? 'serviceRestored' : 'serviceDegradation',
  isResolved,
});

t.test(
  'a resolved Exchange Online incident leaves a note in each linked customer language, and touches nothing else',
  async (t) => {
    const { app, ownerUrl } = await build(t);
    const { admin, helpdesk } = await desk(app);
    // 10 French, 10 British English, 10 without a language of their own (the partner's: English).
    const languages = [...Array(30).keys()].map((i) => (i < 10 ? 'fr-FR' : i < 20 ? 'en-GB' : undefined));
    const linked: { requestId: string; customerId: string; french: boolean }[] = [];
    for (const language of languages) {
      const customer = await createCustomer(app, admin.auth, language ? { language } : {});
      t.equal(customer.language, language ?? 'en', 'a customer without a language reads in its partner’s');
      linked.push({
        requestId: await raise(app, helpdesk, customer.id),
        customerId: customer.id,
        french: language === 'fr-FR',
      });
    }
    const bystanderCustomer = await createCustomer(app, admin.auth, { language: 'fr' });
    const bystanders = [
      await raise(app, helpdesk, bystanderCustomer.id),
      await raise(app, helpdesk, linked[0]!.customerId),
    ];
    const other = await createPartner(app, { name: 'Fabrikam Partner', kind: 'direct' });
    await publishedSla(app, other.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
    const foreign = await raise(app, other.auth, (await createCustomer(app, other.auth)).id);

    t.equal((await call(app, 'PUT', '/v1/service-incidents/EX123456', helpdesk, graphIssue(false))).statusCode, 200);
    const ids = linked.map((l) => l.requestId);
    const refused = await call(app, 'POST', '/v1/service-incidents/EX123456/linked-requests', helpdesk, {
      supportRequestIds: [...ids, foreign],
    });
    t.equal(refused.statusCode, 422, "another partner's request cannot be linked");
    t.equal(refused.json<Problem>().code, 'invalid-reference');
    t.match(refused.json<Problem>().detail, foreign);
    const linking = await call(app, 'POST', '/v1/service-incidents/EX123456/linked-requests', helpdesk, {
      supportRequestIds: ids,
    });
    t.equal(linking.statusCode, 200, linking.body);
    t.same(new Set(linking.json<{ supportRequestIds: string[] }>().supportRequestIds), new Set(ids));
    const listed = await call(app, 'GET', '/v1/service-incidents/EX123456/linked-requests', helpdesk);
    t.equal(listed.json<{ supportRequestIds: string[] }>().supportRequestIds.length, 30);
    t.same((await call(app, 'GET', `/v1/support-requests/${ids[0]}/links`, helpdesk)).json(), {
      serviceIncidentIds: ['EX123456'],
      escalationIds: [],
    });
    const portal = await createCustomerKey(app, admin, linked[0]!.customerId);
    t.equal(
      (await call(app, 'GET', `/v1/support-requests/${ids[0]}/links`, portal)).statusCode,
      403,
      'customers see no link',
    );

    const untouched = async () =>
      asOwner(
        ownerUrl,
        `select r.id, r.version, r.updated_at, (select count(*)::int from request_notes n where n.request_id = r.id) as notes,
              (select count(*)::int from events e where e.subject_id = r.id) as events
         from support_requests r where r.id = any($1::uuid[]) order by r.id`,
        [[...bystanders, foreign]],
      );
    const before = await untouched();
    const imported = await call(app, 'POST', '/v1/service-incidents/import', helpdesk, { value: [graphIssue(true)] });
    t.equal(imported.statusCode, 200, imported.body);

    for (const { requestId, french } of linked) {
      const notes = (await call(app, 'GET', `/v1/support-requests/${requestId}/notes`, helpdesk)).json<Page<Note>>()
        .data;
      t.equal(notes.length, 1, 'one note on each linked request');
      t.equal(notes[0]!.visibility, 'public');
      t.match(
        notes[0]!.text,
        french
          ? /^Microsoft annonce la résolution de l'incident Exchange Online EX123456/
          : /^Microsoft reports the Exchange Online incident EX123456/,
      );
      t.match(notes[0]!.text, /— Contoso Partner$/, "in the partner's voice");
    }
    const events = await asOwner<{ subject_id: string }>(
      ownerUrl,
      `select subject_id from events where type = 'support_request.linked_incident_resolved'`,
    );
    t.same(new Set(events.map((e) => e.subject_id)), new Set(ids), 'one event for each of the 30 requests');
    t.equal(events.length, 30);
    t.same(await untouched(), before, 'no other request touched');

    const customerNotes = (await call(app, 'GET', `/v1/support-requests/${ids[0]}/notes`, portal)).json<Page<Note>>()
      .data;
    t.same(customerNotes[0]!.author, { kind: 'partner' }, 'the customer reads the note as its partner’s');
    const history = (await call(app, 'GET', `/v1/support-requests/${ids[0]}/events?limit=100`, portal)).json<
      Page<{ type: string }>
    >();
    t.notOk(
      history.data.some((e) => e.type === 'support_request.linked_incident_resolved'),
      'the customer sees the note, not the link',
    );

    await call(app, 'POST', '/v1/service-incidents/import', helpdesk, { value: [graphIssue(true)] });
    const again = await asOwner(ownerUrl, `select count(*)::int as n from request_notes`);
    t.same(again, [{ n: 30 }], 'an incident already resolved leaves no second note');
  },
);

t.test('an ended escalation returns its linked requests to work together with its own', async (t) => {
  const { app } = await build(t);
  const { admin, helpdesk } = await desk(app);
  await call(app, 'POST', '/v1/partner/support-plans', admin.auth, {
    kind: 'premier',
    validFrom: '2026-01-01T00:00:00Z',
  });
  const customer = await createCustomer(app, admin.auth);
  const own = await raise(app, helpdesk, customer.id);
  await call(app, 'PUT', `/v1/support-requests/${own}/diagnosis`, helpdesk, { cause: 'service_bug', summary: 'Bug.' });
  await call(app, 'POST', `/v1/support-requests/${own}/health-checks`, helpdesk);
  const escalation = (
    await call(app, 'POST', '/v1/escalations', helpdesk, {
      supportRequestId: own,
      channel: 'technical',
      summary: 'Mail flow',
    })
  ).json<Resource>();
  const others = [
    await raise(app, helpdesk, customer.id),
    await raise(app, helpdesk, (await createCustomer(app, admin.auth)).id),
  ];
  const fresh = await raise(app, helpdesk, customer.id, false);
  const url = `/v1/escalations/${escalation.id}/linked-requests`;

  const ownLinked = await call(app, 'POST', url, helpdesk, { supportRequestIds: [own] });
  t.equal(ownLinked.json<Problem>().code, 'invalid-reference', "the escalation's own request is not linked to it");
  const notTaken = await call(app, 'POST', url, helpdesk, { supportRequestIds: [others[0]!, fresh] });
  t.equal(notTaken.json<Problem>().code, 'invalid-transition', 'a request not in progress is not linked');
  const portal = await createCustomerKey(app, admin, customer.id);
  t.equal(
    (await call(app, 'POST', url, portal, { supportRequestIds: others })).statusCode,
    404,
    'customers see no escalation',
  );

  const linking = await call(app, 'POST', url, helpdesk, { supportRequestIds: others });
  t.equal(linking.statusCode, 200, linking.body);
  t.same(
    new Set((await call(app, 'GET', url, helpdesk)).json<{ supportRequestIds: string[] }>().supportRequestIds),
    new Set(others),
  );
  const stateOf = async (id: string, auth: Auth = helpdesk) =>
    (await call(app, 'GET', `/v1/support-requests/${id}`, auth)).json<{ state: string }>().state;
  for (const id of others) t.equal(await stateOf(id), 'escalated', 'a linked request waits on the escalation');
  t.equal(await stateOf(others[0]!, portal), 'in_progress', 'as in_progress to its customer (R9)');
  t.same((await call(app, 'GET', `/v1/support-requests/${others[0]}/links`, helpdesk)).json(), {
    serviceIncidentIds: [],
    escalationIds: [escalation.id],
  });

  const move = (body: object) => call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, helpdesk, body);
  t.equal((await move({ to: 'submitted', externalCaseId: '2611200010001234' })).statusCode, 200);
  t.equal((await move({ to: 'resolved', note: 'Fixed by Microsoft' })).statusCode, 200);
  for (const id of [own, ...others]) {
    t.equal(await stateOf(id), 'in_progress', 'back to work');
    const events = (await call(app, 'GET', `/v1/support-requests/${id}/events?limit=100`, helpdesk)).json<
      Page<{ type: string; data: { to?: string; reason?: string } }>
    >();
    const last = events.data.filter((e) => e.type === 'support_request.state_changed').pop();
    t.same(
      [last?.data.to, last?.data.reason],
      ['in_progress', 'escalation resolved'],
      'the same move as its own request',
    );
  }
  const late = await call(app, 'POST', url, helpdesk, { supportRequestIds: [fresh] });
  t.equal(late.json<Problem>().code, 'invalid-transition', 'nothing is linked to an ended escalation');
});

t.test(
  'an incident known for each customer apart (as the Graph connector keeps it) links and notes per customer',
  async (t) => {
    const { app } = await build(t);
    const { admin, helpdesk } = await desk(app);
    const [a, b, other] = [
      await createCustomer(app, admin.auth),
      await createCustomer(app, admin.auth),
      await createCustomer(app, admin.auth),
    ];
    for (const customer of [a, b]) {
      const put = await call(app, 'PUT', '/v1/service-incidents/EX123456', admin.auth, {
        ...graphIssue(false),
        customerId: customer.id,
      });
      t.ok(put.statusCode < 300, "the incident as seen in the customer's tenant");
    }
    const [ofA, ofB, ofOther] = [
      await raise(app, helpdesk, a.id),
      await raise(app, helpdesk, b.id),
      await raise(app, helpdesk, other.id),
    ];
    const linked = await call(app, 'POST', '/v1/service-incidents/EX123456/linked-requests', helpdesk, {
      supportRequestIds: [ofA, ofB],
    });
    t.equal(linked.statusCode, 200, 'both customers are affected: both requests link');
    t.same(linked.json<{ supportRequestIds: string[] }>().supportRequestIds.sort(), [ofA, ofB].sort());
    const refused = await call(app, 'POST', '/v1/service-incidents/EX123456/linked-requests', helpdesk, {
      supportRequestIds: [ofOther],
    });
    t.equal(refused.json<Problem>().code, 'invalid-reference', 'a customer the incident is not known for');

    await call(app, 'PUT', '/v1/service-incidents/EX123456', admin.auth, { ...graphIssue(true), customerId: a.id });
    const systemNotes = async (requestId: string) =>
      (await call(app, 'GET', `/v1/support-requests/${requestId}/notes`, helpdesk))
        .json<Page<Note>>()
        .data.filter((note) => note.author.kind === 'system').length;
    t.equal(await systemNotes(ofA), 1, "resolved in A's tenant: A's request is told");
    t.equal(await systemNotes(ofB), 0, "still open in B's tenant: B's request is not");
  },
);
