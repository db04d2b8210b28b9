/**
 * Search by index (migrations/020) when the schema owner is a plain role, as it may be in
 * production with DATABASE_URL: row-level security binds it on the forced tables, so the copy of
 * the texts written before the migration and the search itself must not depend on a superuser.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadMigrations, migrate, migrationLabel } from '../../src/db/migrate.js';
import { createAppPool } from '../../src/db/pool.js';
import { withTenant } from '../../src/db/tenant.js';
import {
  createCustomer,
  createCustomerKey,
  createPartner,
  databaseUrl,
  publishedSla,
  testSettings,
  type Page,
} from '../helper.js';

async function asSuperuser(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

t.test('with an owner that is no superuser, texts written before migration 020 are found by index', async (t) => {
  const name = `plain_${randomUUID().replaceAll('-', '')}`;
  const password = randomUUID();
  await asSuperuser(`create role ${name} login nosuperuser nocreaterole nocreatedb password '${password}'`);
  // Migration 001 makes the owner a member of the app role, which needs the right to grant it.
  await asSuperuser(`grant partnerdesk_app to ${name} with admin option`);
  await asSuperuser(`create database ${name} owner ${name}`);
  t.teardown(async () => {
    await asSuperuser(`drop database if exists ${name} with (force)`);
    await asSuperuser(`drop role if exists ${name}`);
  });
  const url = new URL(databaseUrl(name));
  url.username = name;
  url.password = password;
  const ownerUrl = url.toString();

  const all = loadMigrations();
  const before = all.filter((migration) => migration.id < 20);
  await migrate(ownerUrl, before);
  const pool = createAppPool(ownerUrl);
  const app = await buildApp({ pool, migrations: all, settings: testSettings });
  t.teardown(async () => {
    await app.close();
    await pool.end();
  });
  await app.ready();

  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const contoso = await createCustomer(app, admin.auth);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  t.teardown(() => owner.end());
  // The texts are written by SQL, as the owner under the partner's tenancy: today's API reads
  // columns and functions of later migrations, which this database does not have yet.
  await owner.query(`select set_config('app.partner_id', $1, false)`, [admin.partner.id]);
  const writeRequest = async (number: number, title: string) =>
    (
      await owner.query<{ id: string }>(
        `insert into support_requests (partner_id, number, customer_id, title, description, category, product_name,
                                       product_type, product_service, severity, channel, requester)
         values ($1, $2, $3, $4, 'Since 09:00 no external mail arrives in any mailbox.', 'troubleshooting',
                 'Microsoft 365 E3', 'cloud', 'Exchange Online', 'critical', 'api',
                 '{"name": "Ada Admin", "email": "ada@fabrikam.example"}')
         returning id`,
        [admin.partner.id, number, contoso.id, title],
      )
    ).rows[0]!.id;
  const backup = await writeRequest(1, 'Sauvegarde Veeam en échec');
  const quarantined = await writeRequest(2, 'Mail flow stopped');
  await owner.query(
    `insert into request_notes (partner_id, request_id, customer_id, text, visibility, author)
     values ($1, $2, $3, 'Message bloqué en quarantaine par Defender', 'internal', '{"kind": "operator"}')`,
    [admin.partner.id, quarantined, contoso.id],
  );

  t.same(
    await migrate(
      ownerUrl,
      all.filter((migration) => migration.id <= 20),
    ),
    ['020_search_index'],
    'migration 020 runs as the plain owner',
  );
  const later = all.filter((migration) => migration.id > 20);
  t.same(await migrate(ownerUrl), later.map(migrationLabel), 'and so do the ones after it');
  const copies = async () =>
    (
      await owner.query<{ superuser: boolean; documents: number }>(
        `select (select rolsuper from pg_roles where rolname = current_user) as superuser,
                (select count(*)::int from search_documents) as documents`,
      )
    ).rows[0];
  t.same(await copies(), { superuser: false, documents: 3 }, 'both requests and the note were copied');

  const ids = async (query: string, auth = admin.auth) => {
    const response = await app.inject({ url: `/v1/support-requests?${query}`, headers: auth });
    t.equal(response.statusCode, 200, query);
    return response.json<Page>().data.map((r) => r.id);
  };
  t.same(await ids('q=sauvegarde'), [backup], "a request's own words");
  t.same(await ids('q=quarantaine'), [quarantined], "an internal note's words, for an agent");
  const customerUser = await createCustomerKey(app, admin, contoso.id);
  t.same(await ids('q=quarantaine', customerUser), [], 'not for the customer user');
  t.same(await ids('q=sauvegarde', customerUser), [backup]);

  // The API never edits or deletes a note; were a note changed, its copy would follow.
  await owner.query(`update request_notes set text = 'Ticket Kerberos renouvelé' where request_id = $1`, [quarantined]);
  t.same(await ids('q=quarantaine'), [], "an edited note's old words are gone");
  t.same(await ids('q=kerberos'), [quarantined], 'its new words are found');
  await owner.query('delete from request_notes where request_id = $1', [quarantined]);
  t.same(await ids('q=kerberos'), [], "a deleted note's words are gone");
  t.same(await copies(), { superuser: false, documents: 2 }, 'with its copy');

  await t.rejects(
    withTenant(pool, admin.partner.id, (client) => client.query('select * from search_documents')),
    /permission denied/,
    'the app role cannot read the copies',
  );
});
