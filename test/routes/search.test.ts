import t from 'tap';
import { HISTORY_STATES, partnerSequence, preloadedId, preloadRequests } from '../../bench/seed.js';
import { newestMatches, SEARCH_CANDIDATES } from '../../src/db/search.js';
import { withTenant } from '../../src/db/tenant.js';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createPartner,
  newRequest,
  publishedSla,
  type Page,
  type Resource,
} from '../helper.js';

t.test(
  '?q= on support requests: French and English word forms, accents folded, notes as the caller reads them',
  async (t) => {
    const { app } = await build(t);
    const admin = await createPartner(app);
    await publishedSla(app, admin.auth);
    const contoso = await createCustomer(app, admin.auth);
    const fabrikam = await createCustomer(app, admin.auth);
    const raise = async (customerId: string, title: string, description: string, extra = {}) => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: admin.auth,
        payload: newRequest(customerId, { title, description, ...extra }),
      });
      t.equal(response.statusCode, 201);
      return response.json<Resource>().id;
    };
    const billing = await raise(contoso.id, 'Problème de facturation', 'La facturation du mois est erronée.', {
      category: 'billing',
      severity: 'minimal',
    });
    const invoices = await raise(contoso.id, 'Invoices missing', 'The billing portal shows no invoices.', {
      category: 'billing',
      severity: 'minimal',
    });
    const mail = await raise(contoso.id, 'Mail flow stopped', 'No external mail arrives since 09:00.');
    const otherCustomer = await raise(fabrikam.id, 'Facture en double', 'Nous avons reçu deux factures.', {
      category: 'billing',
      severity: 'minimal',
    });
    const note = (id: string, text: string, visibility: string) =>
      app.inject({
        method: 'POST',
        url: `/v1/support-requests/${id}/notes`,
        headers: admin.auth,
        payload: { text, visibility },
      });
    await note(mail, 'Le connecteur sortant est mal configuré', 'internal');
    await note(invoices, 'We regenerated the statements', 'public');

    const ids = async (query: string, auth = admin.auth) => {
      const response = await app.inject({ url: `/v1/support-requests?${query}`, headers: auth });
      t.equal(response.statusCode, 200, `${query}: ${response.body.slice(0, 200)}`);
      return response.json<Page>().data.map((r) => r.id);
    };
    t.same(await ids('q=facture'), [otherCustomer, billing], '"facture" finds "facturation", newest first');
    t.same(await ids('q=factur%C3%A9'), [otherCustomer, billing], 'accents do not matter in the query');
    t.same(await ids('q=probleme'), [billing], 'nor in the text');
    t.same(await ids('q=erronee%20facturation'), [billing], 'every word must be found');
    t.same(await ids('q=invoice'), [invoices], 'English word forms');
    t.same(await ids('q=statement'), [invoices], 'public notes are searched');
    t.same(await ids('q=connecteur'), [mail], 'an agent finds internal notes');
    t.same(await ids(`q=facture&customerId=${contoso.id}`), [billing], 'combined with the other filters');
    t.same(await ids('q=facture&category=troubleshooting'), []);
    t.same(await ids('q=%22mail%20flow%22'), [mail], 'a quoted phrase');

    const customerUser = await createCustomerKey(app, admin, contoso.id);
    t.same(await ids('q=connecteur', customerUser), [], 'a customer user never finds a request by an internal note');
    t.same(await ids('q=statement', customerUser), [invoices], 'but does by a public note');
    t.same(await ids('q=facture', customerUser), [billing], "and never another customer's request");

    const first = (
      await app.inject({ url: '/v1/support-requests?q=facture&limit=1', headers: admin.auth })
    ).json<Page>();
    t.same(
      first.data.map((r) => r.id),
      [otherCustomer],
    );
    const second = (
      await app.inject({
        url: `/v1/support-requests?q=facture&limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`,
        headers: admin.auth,
      })
    ).json<Page>();
    t.same(
      second.data.map((r) => r.id),
      [billing],
      'cursor-paginated',
    );
    t.equal(second.nextCursor, null);

    t.equal((await app.inject({ url: '/v1/support-requests?q=', headers: admin.auth })).statusCode, 400);
    const odd = await app.inject({
      url: `/v1/support-requests?q=${encodeURIComponent('!:*&|()\'"\\<->')}`,
      headers: admin.auth,
    });
    t.equal(odd.statusCode, 200, 'query syntax in the words is not an error');
  },
);

t.test('?q= on customers: name, domain and tenant id, any case and accents', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const societe = await createCustomer(app, admin.auth, {
    name: 'Société Générale Démo',
    domain: 'sgdemo.onmicrosoft.com',
  });
  const contoso = await createCustomer(app, admin.auth, { name: 'Contoso', domain: 'contoso.onmicrosoft.com' });
  const ids = async (q: string) =>
    (await app.inject({ url: `/v1/customers?q=${encodeURIComponent(q)}`, headers: admin.auth }))
      .json<Page>()
      .data.map((c) => c.id);
  t.same(await ids('societe generale'), [societe.id]);
  t.same(await ids('CONTOSO.onmicrosoft'), [contoso.id]);
  t.same(await ids(contoso.tenantId.slice(0, 8)), [contoso.id], 'a tenant id, or its start');
  t.same(await ids('onmicrosoft.com'), [societe.id, contoso.id]);
  t.same(await ids('100%'), [], 'wildcards are taken literally');
  t.same(await ids('_'), []);
});

t.test('a broad ?q= pages through every match newest first, whatever the page size', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const contoso = await createCustomer(app, admin.auth);
  // 24 matches (by the title, or by a note only) among 12 requests that do not match, interleaved.
  const matches: string[] = [];
  for (let i = 0; i < 36; i++) {
    const byNote = i % 3 === 1;
    const matching = i % 3 !== 2;
    const response = await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(contoso.id, {
        title: matching && !byNote ? `Boîte aux lettres ${i} inaccessible` : `Teams call quality ${i}`,
        description: 'Reported by the Paris office.',
      }),
    });
    t.equal(response.statusCode, 201);
    const id = response.json<Resource>().id;
    if (byNote) {
      await app.inject({
        method: 'POST',
        url: `/v1/support-requests/${id}/notes`,
        headers: admin.auth,
        payload: { text: 'La boîte aux lettres partagée ne répond plus', visibility: 'internal' },
      });
    }
    if (matching) matches.push(id);
  }

  const walked: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const query: string = `q=lettres&limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await app.inject({ url: `/v1/support-requests?${query}`, headers: admin.auth });
    t.equal(response.statusCode, 200);
    const body = response.json<Page>();
    walked.push(...body.data.map((r) => r.id));
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  t.equal(matches.length, 24);
  t.same(walked, [...matches].reverse(), 'three pages hold every match once, newest first, and nothing else');
});

t.test('a rare word is found through the search index, exactly as the caller may read it', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const contoso = await createCustomer(app, admin.auth);
  const raise = async (auth: { authorization: string }, customerId: string, title: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: auth,
      payload: newRequest(customerId, { title, description: 'Reported by the Paris office.' }),
    });
    t.equal(response.statusCode, 201);
    return response.json<Resource>().id;
  };
  const note = async (id: string, text: string, visibility: string, auth = admin.auth) => {
    const response = await app.inject({
      method: 'POST',
      url: `/v1/support-requests/${id}/notes`,
      headers: auth,
      payload: { text, visibility },
    });
    t.equal(response.statusCode, 201);
  };
  const ids = async (query: string, auth = admin.auth) => {
    const response = await app.inject({ url: `/v1/support-requests?${query}`, headers: auth });
    t.equal(response.statusCode, 200, `${query}: ${response.body.slice(0, 200)}`);
    return response.json<Page>().data.map((r) => r.id);
  };

  const quarantined = await raise(admin.auth, contoso.id, 'Mail flow stopped');
  const renamed = await raise(admin.auth, contoso.id, 'Licence Visio manquante');
  await raise(admin.auth, contoso.id, 'Teams call quality');
  await note(quarantined, 'Message bloqué en quarantaine par Defender, libéré à la main', 'internal');
  const customerUser = await createCustomerKey(app, admin, contoso.id);
  t.same(await ids('q=quarantaine'), [quarantined], 'an agent finds a rare word of an internal note');
  t.same(await ids('q=quarantaine', customerUser), [], 'the customer user does not');
  await note(quarantined, 'Nous avons libéré le message mis en quarantaine.', 'public');
  t.same(await ids('q=quarantaine', customerUser), [quarantined], 'until a public note says it');
  t.same(await ids('q=kerberos'), [], 'a word found nowhere finds nothing');

  const patch = await app.inject({
    method: 'PATCH',
    url: `/v1/support-requests/${renamed}`,
    headers: admin.auth,
    payload: { title: 'Licence Project manquante', description: 'Le module Planificateur est absent.' },
  });
  t.equal(patch.statusCode, 200);
  t.same(await ids('q=visio'), [], 'an edited title is no longer found by its old word');
  t.same(await ids('q=project'), [renamed], 'but by its new one');
  t.same(await ids('q=planificateur'), [renamed], 'and by its new description');

  // Another partner with the same rare word, in a title: neither partner ever gets the other's.
  const other = await createPartner(app, { name: 'Fabrikam Partner', kind: 'direct' });
  await publishedSla(app, other.auth);
  const otherCustomer = await createCustomer(app, other.auth);
  const theirs = await raise(other.auth, otherCustomer.id, 'Messages en quarantaine depuis ce matin');
  t.same(await ids('q=quarantaine', other.auth), [theirs], 'the other partner finds its own request only');
  t.same(await ids('q=quarantaine'), [quarantined], 'and the first partner its own');
});

t.test('paging through a common and a rare word gives exactly their matches, newest first, with filters', async (t) => {
  const { app, pool, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  const sla = await publishedSla(app, admin.auth);
  const contoso = await createCustomer(app, admin.auth);
  // More matching texts than the index gathers (SEARCH_CANDIDATES): "facture" is in two titles
  // in eleven of bench/seed.ts's history, so the list walks its newest-first index for it.
  const tenant = { partnerId: admin.partner.id, customerId: contoso.id, slaDefinitionId: sla.id };
  await preloadRequests(ownerUrl, tenant, {
    tag: 'search-test',
    count: 6_600,
    states: HISTORY_STATES,
    spacing: '1 minute',
    numberSequence: partnerSequence(admin.partner.id),
  });
  const common = await asOwner<{ n: number }>(
    ownerUrl,
    `select count(*)::int as n from support_requests where partner_id = $1 and title ilike '%factur%'`,
    [admin.partner.id],
  );
  t.ok(common[0]!.n > SEARCH_CANDIDATES, `${common[0]!.n} requests say "facture": a common word`);
  // A rare word in the internal notes of 30 of them, open ones (a closed request takes no note):
  // row i is in HISTORY_STATES[i % 8], in_progress, awaiting_customer and new for 4, 5 and 6.
  const noted = Array.from({ length: 30 }, (_, n) => preloadedId('search-test', 4 + (n % 3) + n * 216));
  for (const id of noted) {
    const response = await app.inject({
      method: 'POST',
      url: `/v1/support-requests/${id}/notes`,
      headers: admin.auth,
      payload: { text: 'Connecteur de sauvegarde Veeam en échec', visibility: 'internal' },
    });
    t.equal(response.statusCode, 201);
  }

  // Then 400 newer requests that do not say it, which the walk for a common word passes, and the
  // word in an internal note on an older one that does not (row 6,596: in_progress, titled
  // "Provisioning of new users fails").
  await preloadRequests(ownerUrl, tenant, {
    tag: 'search-test-newer',
    count: 400,
    states: HISTORY_STATES,
    spacing: '1 second',
    numberSequence: partnerSequence(admin.partner.id),
  });
  await asOwner(ownerUrl, `update support_requests set title = 'Mail flow stopped' where id = any($1::uuid[])`, [
    Array.from({ length: 400 }, (_, n) => preloadedId('search-test-newer', n + 1)),
  ]);
  const invoiceNoted = preloadedId('search-test', 6_596);
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: `/v1/support-requests/${invoiceNoted}/notes`,
        headers: admin.auth,
        payload: { text: 'Le client conteste la facture', visibility: 'internal' },
      })
    ).statusCode,
    201,
  );

  const walk = async (query: string, limit: number, auth = admin.auth) => {
    const walked: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 200; page++) {
      const url: string = `/v1/support-requests?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await app.inject({ url, headers: auth });
      t.equal(response.statusCode, 200);
      const body = response.json<Page>();
      walked.push(...body.data.map((r) => r.id));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    return walked;
  };
  const expected = async (where: string, params: unknown[] = []) =>
    (
      await asOwner<{ id: string }>(
        ownerUrl,
        `select r.id from support_requests r where r.partner_id = $1 and ${where} order by r.number desc`,
        [admin.partner.id, ...params],
      )
    ).map((row) => row.id);

  // Each expected list spans several pages of the walk that checks it.
  const cases: [query: string, pageSize: number, where: string, params: unknown[], what: string][] = [
    [
      'q=facture&state=closed&severity=critical',
      50,
      `r.title ilike '%factur%' and r.state = 'closed' and r.severity = 'critical'`,
      [],
      'a common word, with filters',
    ],
    ['q=sauvegarde', 7, `r.id = any($2::uuid[])`, [noted], 'a rare word of notes'],
    [
      'q=sauvegarde&state=in_progress',
      4,
      `r.id = any($2::uuid[]) and r.state = 'in_progress'`,
      [noted],
      'a rare word, with a filter',
    ],
    [
      'q=veeam%20sauvegarde&severity=minimal',
      3,
      `r.id = any($2::uuid[]) and r.severity = 'minimal'`,
      [noted],
      'two rare words of one note, with a filter',
    ],
  ];
  for (const [query, pageSize, where, params, what] of cases) {
    const matches = await expected(where, params);
    t.ok(matches.length > 2 * pageSize, `${what}: ${matches.length} matches`);
    t.same(await walk(query, pageSize), matches, `${what}: every match once, newest first`);
  }

  // The common word under the newer requests, as an agent reads it (the internal note counts) and
  // as the customer user does (it does not), page after page.
  const invoices = await expected(`(r.title ilike '%factur%' or r.id = $2::uuid)`, [invoiceNoted]);
  t.ok(invoices.includes(invoiceNoted));
  t.same(await walk('q=facture', 100), invoices, 'a common word below 400 newer requests, for an agent');
  // What the list reads them through (search_newest, migration 023): the newest matching requests
  // below a number, each once (the noted one also by its note, were its title to say it).
  const numberOf = async (id: string) =>
    (await asOwner<{ n: number }>(ownerUrl, 'select number::int as n from support_requests where id = $1', [id]))[0]!.n;
  const newest = (below: number | undefined, wanted: number) =>
    withTenant(pool, admin.partner.id, (client) => newestMatches(client, 'facture', below, wanted));
  t.same(await newest(undefined, 5), invoices.slice(0, 5));
  t.same(await newest(await numberOf(invoices[4]!), 5), invoices.slice(5, 10), 'below a number');
  t.same(await newest(undefined, 100_000), invoices, 'every match when fewer than wanted');
  const other = await createPartner(app);
  t.same(
    await withTenant(pool, other.partner.id, (client) => newestMatches(client, 'facture', undefined, 100)),
    [],
    "never another partner's requests",
  );
  const customerUser = await createCustomerKey(app, admin, contoso.id);
  t.same(
    await walk('q=facture', 100, customerUser),
    invoices.filter((id) => id !== invoiceNoted),
    'and for the customer user, without the internal note',
  );
});

t.test(
  "a word the planner's statistics know as common is walked for, not probed; a word they do not know is probed",
  async (t) => {
    const { app, pool, ownerUrl } = await build(t);
    const load = async (tag: string, count: number) => {
      const admin = await createPartner(app);
      const sla = await publishedSla(app, admin.auth);
      const customer = await createCustomer(app, admin.auth);
      const tenant = { partnerId: admin.partner.id, customerId: customer.id, slaDefinitionId: sla.id };
      await preloadRequests(ownerUrl, tenant, {
        tag,
        count,
        states: HISTORY_STATES,
        spacing: '1 minute',
        numberSequence: partnerSequence(admin.partner.id),
      });
      return admin.partner.id;
    };
    // Two titles in eleven say "facture" (bench/seed.ts): 1,200 of the first partner's requests,
    // but only 2 of the second's, whose other such titles are rewritten; 3 of the first say a rare
    // word.
    const large = await load('stats-large', 6_600);
    const small = await load('stats-small', 1_200);
    const smallInvoices = (
      await asOwner<{ id: string }>(
        ownerUrl,
        `select id from support_requests where partner_id = $1 and title ilike '%factur%' order by id limit 2`,
        [small],
      )
    ).map((row) => row.id);
    await asOwner(
      ownerUrl,
      `update support_requests set title = 'Mail flow stopped'
      where partner_id = $1 and title ilike '%factur%' and id <> all($2::uuid[])`,
      [small, smallInvoices],
    );
    const quarantined = [2, 3, 4].map((n) => preloadedId('stats-large', n));
    await asOwner(
      ownerUrl,
      `update support_requests set title = 'Messages en quarantaine' where id = any($1::uuid[])`,
      [quarantined],
    );
    const candidates = (partnerId: string, words: string, cap: number) =>
      withTenant(pool, partnerId, async (client) => {
        const { rows } = await client.query<{ ids: string[] | null }>(
          'select search_candidates(search_query($1::text), $2::int) as ids',
          [words, cap],
        );
        return rows[0]!.ids && [...rows[0]!.ids].sort();
      });

    // Once ANALYZE has run (autovacuum may have done it already), the probe that would find the
    // second partner's 2 requests is skipped: that only moves where the list reads them.
    await asOwner(ownerUrl, 'analyze search_documents');
    t.equal(
      await candidates(small, 'facture', 10),
      null,
      '"facture" is common among all the copies: not probed, though this partner has 2 of it',
    );
    t.same(
      await candidates(large, 'quarantaine', 3),
      [...quarantined].sort(),
      'a word the statistics do not hold is probed, whatever the planner guesses of it for a large partner',
    );
    t.same(
      await candidates(small, 'facture', SEARCH_CANDIDATES),
      [...smallInvoices].sort(),
      "with the service's cap, fewer matches are expected than ten times it: probed, and found",
    );
  },
);
