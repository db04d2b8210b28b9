import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alive, postmasterPid } from '../../src/db/embedded.js';
import t, { type Test } from 'tap';
import { OPERATOR_TOKEN } from '../helper.js';
import {
  cleanEnv,
  createPartnerOver,
  FILE_TIMEOUT_MS,
  freePort,
  HANG_MS,
  me,
  sleep,
  spawnServer,
  startService,
  until,
  waitForExit,
  type RunningService,
} from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

/** Immediate shutdown of a postmaster left behind, waiting (bounded) until it is gone. */
async function quit(pid: number): Promise<void> {
  process.kill(pid, 'SIGQUIT');
  const deadline = Date.now() + 5_000;
  while (alive(pid) && Date.now() < deadline) await sleep(50);
}

t.test('embedded PostgreSQL under PARTNERDESK_DATA_DIR', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-embedded-'));
  t.teardown(async () => {
    // Should a step fail with the cluster still up, stop it (by the PID it recorded) rather than leave it behind.
    const pid = postmasterPid(dataDir);
    if (pid !== undefined && alive(pid)) await quit(pid);
    await rm(dataDir, { recursive: true, force: true });
  });
  const env = { PARTNERDESK_DATA_DIR: dataDir, OPERATOR_TOKEN, LOG_LEVEL: 'warn' };

  /** SIGTERM, then: exit code 0, and no postgres left for the data directory. */
  async function stop(t: Test, service: RunningService, what: string): Promise<void> {
    const pid = postmasterPid(dataDir);
    t.ok(pid !== undefined && alive(pid), `${what}: the embedded postgres runs (postmaster.pid)`);
    service.child.kill('SIGTERM');
    const exit = await waitForExit(service).catch((error: Error) => error);
    t.same(exit, { code: 0, signal: null }, `${what}: exits with code 0 after SIGTERM`, {
      stderr: service.stderr,
      stdout: service.stdout.slice(-4_000),
    });
    t.notOk(existsSync(join(dataDir, 'pg', 'postmaster.pid')), `${what}: postmaster.pid is gone`);
    if (pid !== undefined) t.notOk(alive(pid), `${what}: the postgres process ${pid} is gone`);
    t.equal(service.stderr, '', `${what}: nothing on stderr`);
  }

  await t.test('first start, then a restart on the same data directory keeps the data', async (t) => {
    const first = await startService(t, env);
    t.pass('/readyz answered 200 on the first start (initdb, start, migrations)');
    t.ok(existsSync(join(dataDir, 'pg', 'PG_VERSION')), 'the cluster lives under PARTNERDESK_DATA_DIR/pg');
    const { partnerId, key } = await createPartnerOver(first.baseUrl, OPERATOR_TOKEN, 'Embedded Partner');
    t.equal((await me(first.baseUrl, key)).status, 200, 'the new key works');
    await stop(t, first, 'first run');

    const second = await startService(t, env);
    const answer = await me(second.baseUrl, key);
    t.equal(answer.status, 200, 'the key still works after the restart');
    t.match(answer.body, { partner: { id: partnerId, name: 'Embedded Partner', kind: 'direct' } });
    await stop(t, second, 'second run');
  });

  await t.test('SIGTERM while the service is still starting leaves no postgres behind', async (t) => {
    const service = spawnServer(t, cleanEnv({ HOST: '127.0.0.1', PORT: String(await freePort()), ...env }));
    // The cluster has started (it wrote postmaster.pid); migrations and the app are still to come.
    const deadline = Date.now() + HANG_MS;
    while (postmasterPid(dataDir) === undefined && !service.exit && Date.now() < deadline) await sleep(5);
    const pid = postmasterPid(dataDir);
    t.ok(pid !== undefined, 'the embedded postgres started');
    service.child.kill('SIGTERM');
    const exit = await waitForExit(service).catch((error: Error) => error);
    t.notOk(exit instanceof Error, 'the service exits after SIGTERM', { exit, stderr: service.stderr });
    // The postmaster removes its pid file and exits moments after the service stopped it.
    const postgresGone = () => !existsSync(join(dataDir, 'pg', 'postmaster.pid')) && (pid === undefined || !alive(pid));
    const gone = await until(postgresGone, 'the embedded postgres to stop').then(
      () => true,
      () => false,
    );
    t.ok(gone, `no postgres left: postmaster.pid removed, process ${pid} gone`);
    if (pid !== undefined && alive(pid)) await quit(pid);
  });
});
