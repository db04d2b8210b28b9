/**
 * partnerdesk as `npm start` runs it — the real startService (migrations, app pool, buildApp) with
 * the real configuration defaults — in a process of its own, so that the peak RSS bench/run.ts
 * reports is the service's. Rate limiting is off (the benchmark is one API key hammering) and
 * logging is silent. The embedded PostgreSQL is started here and handed over as DATABASE_URL, so
 * that bench/run.ts gets its owner URL for seeding.
 *
 * Started by bench/run.ts with BENCH_DATA_DIR and BENCH_OPERATOR_TOKEN.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { createLogger, startService } from '../src/server.js';
import { requiredEnv, runChild, type Running } from './child.js';

async function startPartnerdesk(): Promise<Running> {
  const log = createLogger({ logLevel: 'silent' });
  const database = await startEmbeddedPostgres(requiredEnv('BENCH_DATA_DIR'), log);
  try {
    const config = loadConfig({
      DATABASE_URL: database.url,
      OPERATOR_TOKEN: requiredEnv('BENCH_OPERATOR_TOKEN'),
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'silent',
    });
    const service = await startService(config, log);
    await service.app.listen({ host: '127.0.0.1', port: 0 });
    return {
      port: (service.app.server.address() as AddressInfo).port,
      databaseUrl: database.url,
      stop: async () => {
        try {
          await service.close(); // drains, stops the jobs, ends the pool; a configured database is left to its owner…
        } finally {
          await database.stop(); // …which is this file
        }
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

await runChild(startPartnerdesk);
