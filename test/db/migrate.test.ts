import pg from 'pg';
import t from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { createAppPool } from '../../src/db/pool.js';
import { freshDatabase } from '../helper.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

t.test('migrations apply in order, are recorded, and a re-run is a no-op', async (t) => {
  const url = await freshDatabase(t, { migrated: false });
  const all = loadMigrations();
  const first = await migrate(url);
  t.equal(first.length, all.length);
  const recorded = await query<{ id: number }>(url, 'select id from partnerdesk_migrations order by id');
  t.same(
    recorded.map((r) => r.id),
    all.map((m) => m.id),
  );
  t.same(await migrate(url), [], 'nothing left to apply');
});

t.test('two runners started at once apply each migration exactly once', async (t) => {
  const url = await freshDatabase(t, { migrated: false });
  const [a, b] = await Promise.all([migrate(url), migrate(url)]);
  t.equal(a.length + b.length, loadMigrations().length);
  t.ok(a.length === 0 || b.length === 0, 'one runner did all the work, the other waited and found nothing');
  const recorded = await query<{ n: number }>(url, 'select count(*)::int as n from partnerdesk_migrations');
  t.equal(recorded[0]!.n, loadMigrations().length);
});

t.test('a failing migration is rolled back whole and stops the run', async (t) => {
  const url = await freshDatabase(t, { migrated: false });
  const broken = [
    ...loadMigrations(),
    { id: 999, name: 'broken', sql: 'create table half_done (id int); select 1/0;', checksum: 'x' },
  ];
  await t.rejects(migrate(url, broken), /migration 999_broken failed/);
  const tables = await query<{ n: number }>(
    url,
    "select count(*)::int as n from pg_tables where tablename = 'half_done'",
  );
  t.equal(tables[0]!.n, 0, 'the half-applied migration left nothing behind');
  t.same(await migrate(url), [], 'the good migrations were kept');
});

t.test('an applied migration that was edited afterwards stops the run', async (t) => {
  const url = await freshDatabase(t, { migrated: false });
  await migrate(url);
  const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
  await t.rejects(migrate(url, edited), /changed after it was applied/);
});

t.test('application queries run as a role that is neither owner nor superuser', async (t) => {
  const url = await freshDatabase(t);
  const pool = createAppPool(url);
  t.teardown(() => pool.end());
  const { rows } = await pool.query(`
    select current_user as role, r.rolsuper as superuser, r.rolbypassrls as bypass,
           (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned
    from pg_roles r where r.rolname = current_user`);
  t.same(rows[0], { role: 'partnerdesk_app', superuser: false, bypass: false, owned: 0 });
});
