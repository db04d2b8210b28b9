import pg from 'pg';
import type { Logger } from 'pino';

/** The role every application query runs as: neither owner nor superuser, so row-level security applies. */
export const APP_ROLE = 'partnerdesk_app';

// The API speaks RFC 3339 UTC strings, and every count fits in a double.
const parseTimestamptz = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (value) => (parseTimestamptz(value) as Date).toISOString());
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

/**
 * The application's pool. It logs in with the owner's credentials and switches to the app role
 * at connection start (the `role` startup option), as PostgREST's authenticator does, so one URL
 * configures the service and no query ever runs with the owner's rights.
 */
export function createAppPool(ownerUrl: string, log?: Pick<Logger, 'warn'>, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: ownerUrl, options: `-c role=${APP_ROLE}`, max });
  // An idle connection that the server drops (restart, failover) must not crash the process;
  // the pool replaces it on the next checkout.
  pool.on('error', (error) => log?.warn({ err: error }, 'idle database connection closed'));
  return pool;
}
