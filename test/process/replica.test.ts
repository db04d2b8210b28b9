/**
 * DATABASE_READ_URL on a real streaming replica: a primary and a hot standby built from the
 * embedded binaries the way an operator would without pg_basebackup — a base backup by file copy
 * between pg_backup_start and pg_backup_stop, then standby.signal and primary_conninfo.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { createAppPool } from '../../src/db/pool.js';
import {
  asOwner,
  createCustomer,
  createPartner,
  eventually,
  newRequest,
  OPERATOR_TOKEN,
  publishedSla,
  testSettings,
  type Page,
  type Resource,
} from '../helper.js';
import { checkResponses } from '../support/conformance.js';

// Two clusters started, one copied: on 2 busy cores this takes a while.
t.setTimeout(300_000);

const silent = pino({ level: 'silent' });

/** The primary's data directory copied, consistent, under `standbyRoot`: a standby of it, ready to start. */
async function baseBackup(primary: EmbeddedDatabase, primaryRoot: string, standbyRoot: string): Promise<void> {
  const client = new pg.Client({ connectionString: primary.url });
  await client.connect();
  try {
    // A slot keeps the WAL from the backup on until the standby has streamed it.
    await client.query(`select pg_create_physical_replication_slot('standby', true)`);
    await client.query(`select pg_backup_start('replica-test', true)`);
    await promisify(execFile)('cp', ['-a', join(primaryRoot, 'pg'), join(standbyRoot, 'pg')]);
    const { rows } = await client.query<{ labelfile: string }>('select labelfile from pg_backup_stop(true)');
    const copy = join(standbyRoot, 'pg');
    // What belongs to the running primary, not to the copy: its lock file and its WAL (streamed instead).
    await rm(join(copy, 'postmaster.pid'), { force: true });
    await promisify(execFile)('find', [join(copy, 'pg_wal'), '-maxdepth', '1', '-type', 'f', '-delete']);
    await writeFile(join(copy, 'backup_label'), rows[0]!.labelfile);
    await writeFile(join(copy, 'standby.signal'), '');
    const port = new URL(primary.url).port;
    const password = decodeURIComponent(new URL(primary.url).password);
    const conninfo = `host=127.0.0.1 port=${port} user=postgres password=${password} application_name=standby`;
    await writeFile(
      join(copy, 'postgresql.auto.conf'),
      `primary_conninfo = '${conninfo}'\nprimary_slot_name = 'standby'\n`,
      { flag: 'a' },
    );
    // Files written here belong to whoever runs the test: give them to the copy's owner (as root, `postgres`).
    await promisify(execFile)('chown', ['-R', `--reference=${join(copy, 'PG_VERSION')}`, copy]);
    // The same superuser password file, so the standby's URL is the primary's with another port.
    await writeFile(join(standbyRoot, 'superuser-password'), await readFile(join(primaryRoot, 'superuser-password')));
  } finally {
    await client.end();
  }
}

t.test('a hot standby serves the read-only work, the primary every write', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'partnerdesk-replica-'));
  // As root, each cluster runs as the `postgres` user, who must be able to traverse this directory.
  if (process.getuid?.() === 0) await promisify(execFile)('chmod', ['711', root]);
  const [primaryRoot, standbyRoot] = [join(root, 'primary'), join(root, 'standby')];
  const stops: (() => Promise<unknown>)[] = [];
  t.teardown(async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  const primary = await startEmbeddedPostgres(primaryRoot, silent);
  stops.push(() => primary.stop());
  await migrate(primary.url);
  await promisify(execFile)('mkdir', ['-p', standbyRoot]);
  if (process.getuid?.() === 0) await promisify(execFile)('chmod', ['711', standbyRoot]);
  await baseBackup(primary, primaryRoot, standbyRoot);
  const standby = await startEmbeddedPostgres(standbyRoot, silent);
  stops.push(() => standby.stop());
  const [inRecovery] = await asOwner<{ standby: boolean }>(standby.url, 'select pg_is_in_recovery() as standby');
  t.ok(inRecovery?.standby, 'the copy runs as a hot standby');

  const pool = createAppPool(primary.url);
  const readPool = createAppPool(standby.url);
  stops.push(
    () => pool.end(),
    () => readPool.end(),
  );
  const app = await buildApp({ pool, readPool, migrations: loadMigrations(), settings: testSettings });
  const violations = checkResponses(app);
  stops.push(() => app.close());
  await app.ready();

  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  const get = async <T>(url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: admin.auth });
    if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const raise = async (title: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(customer.id, { title }),
    });
    if (response.statusCode !== 201) throw new Error(`POST: ${response.statusCode} ${response.body}`);
    return response.json<Resource & { title: string }>();
  };
  const listed = async () => (await get<Page>('/v1/support-requests?limit=100')).data.map((request) => request.id);
  const replicaLag = async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    });
    const line = /^partnerdesk_replica_lag_seconds (\S+)$/m.exec(response.body);
    return line ? Number(line[1]) : undefined;
  };

  await t.test('the list comes from the standby; a write and its own answer from the primary', async (t) => {
    const first = await raise('Mail flow stopped');
    await eventually(
      async () => (await listed()).includes(first.id),
      30_000,
      'the standby to replay the first request',
    );
    // With replay paused, the standby stays where it was while the primary moves on.
    await asOwner(standby.url, 'select pg_wal_replay_pause()');
    await eventually(
      async () => {
        const [state] = await asOwner<{ paused: string }>(
          standby.url,
          'select pg_get_wal_replay_pause_state() as paused',
        );
        return state?.paused === 'paused';
      },
      30_000,
      'replay to pause',
    );
    const second = await raise('Teams calls drop');
    t.equal(second.title, 'Teams calls drop', "the write's own answer carries what was written (from the primary)");
    const byId = await get<Resource>(`/v1/support-requests/${second.id}`);
    t.equal(byId.id, second.id, 'a read by id goes to the primary: the new request is there');
    t.notOk((await listed()).includes(second.id), 'the list comes from the standby: the new request is not in it yet');
    const lag = await eventually(async () => {
      const seconds = await replicaLag();
      return seconds !== undefined && seconds > 0 && seconds;
    }, 30_000);
    t.ok(lag > 0, `/metrics shows the standby trailing (${lag} s)`);

    await asOwner(standby.url, 'select pg_wal_replay_resume()');
    await eventually(async () => (await listed()).includes(second.id), 30_000, 'the standby to catch up');
    await eventually(async () => (await replicaLag()) === 0, 30_000, 'the lag to return to 0');
    t.pass('once replay resumes, the list shows it and the lag is back to 0');
  });

  await t.test('the feed read on the standby has no gap while the primary takes concurrent writes', async (t) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    const follow = async () => {
      const page: Page & { nextCursor: string | null } = await get(
        `/v1/events?limit=100${cursor ? `&after=${cursor}` : ''}`,
      );
      seen.push(...page.data.map((event) => event.id));
      cursor = page.nextCursor ?? cursor;
    };
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let n = 0; n < 15; n++) await raise(`Request ${writer}-${n}`);
    });
    const follower = (async () => {
      while (writing) await follow();
    })();
    await Promise.all(writers);
    writing = false;
    await follower;
    // Once the standby has replayed everything the primary holds, the follower has reached the end.
    const [{ total }] = (await asOwner<{ total: number }>(
      primary.url,
      'select count(*)::int as total from events where partner_id = $1 or also_visible_to = $1',
      [admin.partner.id],
    )) as [{ total: number }];
    await eventually(
      async () => {
        await follow();
        return seen.length >= total;
      },
      60_000,
      'the follower to reach the end of the feed',
    );
    const all: string[] = [];
    for (let after: string | null = null, more = true; more;) {
      const page: Page & { nextCursor: string | null } = await get(
        `/v1/events?limit=100${after ? `&after=${after}` : ''}`,
      );
      all.push(...page.data.map((event) => event.id));
      more = page.data.length > 0;
      after = page.nextCursor;
    }
    t.equal(new Set(seen).size, seen.length, 'the follower saw no event twice');
    t.same(seen, all, 'the follower saw every event, in the feed order, without a gap');
  });

  t.same(violations(), [], 'every response matched the contract');
});
