/**
 * `npm test`'s last step: one embedded PostgreSQL cluster for the whole run, a template database
 * with every migration applied, then tap. Each test file clones the template (test/helper.ts),
 * so files run in parallel on their own databases and the suite stays fast on 2 cores.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrate.js';
import { TEMPLATE_DATABASE } from './helper.js';

const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-test-'));
const cluster = await startEmbeddedPostgres(dataDir, pino({ level: 'warn' }));
// The cluster runs in a session of its own, so a Ctrl-C reaches this process only: stop it here.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cluster.stop().finally(() => process.exit(1)));
let exitCode: number;
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(cluster.url);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await migrate(templateUrl.toString());

  exitCode = await new Promise<number>((resolve) => {
    const tap = spawn('npx', ['tap', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, PARTNERDESK_TEST_CLUSTER_URL: cluster.url },
    });
    tap.on('exit', (code) => resolve(code ?? 1));
  });
} finally {
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
