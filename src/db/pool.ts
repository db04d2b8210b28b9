import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';

/** The role every application query runs as: neither owner nor superuser, so row-level security applies. */
export const APP_ROLE = 'partnerdesk_app';

// The API speaks RFC 3339 UTC strings, and every count fits in a double.
const parseTimestamptz = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (value: string) => Date;
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (value: string) => parseTimestamptz(value).toISOString());
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

/**
 * The application's pool. It logs in with the owner's credentials and switches to the app role
 * at connection start (the `role` startup option), as PostgREST's authenticator does, so one URL
 * configures the service and no query ever runs with the owner's rights.
 */
export function createAppPool(ownerUrl: string, log?: Pick<Logger, 'warn'>, max = 10): Pool {
  // A bounded wait for a connection: a saturated pool answers with an error instead of hanging.
  const pool = new pg.Pool({
    connectionString: ownerUrl,
    options: `-c role=${APP_ROLE}`,
    max,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that the server drops (restart, failover) must not crash the process;
  // the pool replaces it on the next checkout.
  pool.on('error', (error) => log?.warn({ err: error }, 'idle database connection closed'));
  return pool;
}

const statementNames = new Map<string, string>();

/**
 * A named (prepared) statement for a hot query whose text never changes: each connection parses
 * and plans it once instead of on every call. Lists with optional filters stay unnamed, so that
 * each call is planned for the filters it has.
 */
export function prepared(text: string): { name: string; text: string } {
  let name = statementNames.get(text);
  if (!name) {
    name = `partnerdesk_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return { name, text };
}
