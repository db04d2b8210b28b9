import t from 'tap';
import { freshDatabase } from '../helper.js';
import { migrate } from '../../src/db/migrate.js';
import { createAppPool } from '../../src/db/pool.js';

t.test("the service's sessions cannot keep a transaction open indefinitely", async (t) => {
  // Migrated here, not cloned: per-database role settings are not copied by `create database … template`.
  const url = await freshDatabase(t, { migrated: false });
  await migrate(url);
  const pool = createAppPool(url);
  t.teardown(() => pool.end());
  const show = async (setting: string) =>
    (await pool.query<Record<string, string>>(`show ${setting}`)).rows[0]?.[setting];
  t.equal(await show('idle_in_transaction_session_timeout'), '1min', 'idle in a transaction: ended after a minute');
  const version = Number(await show('server_version_num'));
  if (version >= 170000) t.equal(await show('transaction_timeout'), '5min', 'any transaction: ended after 5 minutes');
  t.equal(
    (await pool.query<{ role: string }>('select current_user as role')).rows[0]?.role,
    'partnerdesk_app',
    'in the app role',
  );
});
