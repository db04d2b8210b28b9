import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';

/** The role every application query runs as: neither owner nor superuser, so row-level security applies. */
export const APP_ROLE = 'partnerdesk_app';

// The API speaks RFC 3339 UTC strings, as toISOString writes them, and every count fits in a
// double. A server whose time zone is UTC writes `2026-11-22 15:06:20.691+00`, which is rewritten
// as it is, ten times faster than through a Date (1 µs a value: a tenth of a page of requests'
// node CPU); any other form (another zone, a year past 9999, BC) goes through a Date.
const parseTimestamptz = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (value: string) => Date;
const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,3})\d*)?\+00$/;
export function isoTimestamp(value: string): string {
  const utc = UTC_TIMESTAMP.exec(value);
  return utc ? `${utc[1]}T${utc[2]}.${(utc[3] ?? '').padEnd(3, '0')}Z` : parseTimestamptz(value).toISOString();
}
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, isoTimestamp);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

/**
 * The application's pool. It logs in with the owner's credentials and switches to the app role
 * at connection start (the `role` startup option), as PostgREST's authenticator does, so one URL
 * configures the service and no query ever runs with the owner's rights.
 *
 * Its clients pipeline (node-postgres's `pipeline` mode): a query is sent without waiting for the
 * answer to the one before it, so a transaction's `begin` leaves with its first statement instead
 * of costing a round trip of its own (see withTenant). Code that awaits each query, as every flow
 * does, sees no difference.
 */
export function createAppPool(ownerUrl: string, log?: Pick<Logger, 'warn'>, max = 10): Pool {
  // A bounded wait for a connection: a saturated pool answers with an error instead of hanging.
  const pool = new pg.Pool({
    connectionString: ownerUrl,
    options: `-c role=${APP_ROLE}`,
    max,
    connectionTimeoutMillis: 10_000,
    pipeline: true,
  });
  listenForConnectionLoss(pool, (error) => log?.warn({ err: error }, 'database connection closed'));
  return pool;
}

/**
 * A connection the server drops (restart, failover, `pg_terminate_backend`) emits `error` on its
 * client, idle or checked out; unheard, that error ends the process. The pool listens for idle
 * clients only, so every client also gets a listener for its whole life. The query that was
 * running fails on its own (see isDatabaseUnavailable), and the pool replaces the client.
 */
export function listenForConnectionLoss(pool: pg.Pool, onLoss: (error: Error) => void): void {
  pool.on('error', onLoss);
  pool.on('connect', (client) => client.on('error', onLoss));
}

// SQLSTATE classes and codes that mean the server went away or cannot serve now, not that a
// statement was wrong: connection exceptions, shutdowns, too many connections, starting up.
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
// node-postgres raises these without a code.
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end)/;

/** Whether `error` says the database cannot be reached (an outage), rather than a query's fault. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_SOCKET.has(code))) return true;
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}

const statementNames = new Map<string, string>();

/**
 * A named (prepared) statement for a hot query whose text never changes: each connection parses
 * and plans it once instead of on every call, and PostgreSQL may settle on a generic plan, blind to
 * the values. So a statement whose text varies is named only when its plan cannot depend on them:
 * listFeed, listRequests by one indexed filter or among a search's candidates, and a request's
 * update unless its fields are the caller's input (updateRequest); other lists are planned for each
 * call.
 */
export function prepared(text: string): { name: string; text: string } {
  let name = statementNames.get(text);
  if (!name) {
    name = `partnerdesk_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return { name, text };
}
