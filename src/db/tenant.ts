import type { Socket } from 'node:net';
import type pg from 'pg';
import type { Client, Pool } from './pool.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `begin` and the tenant settings in one round trip. A multi-statement query cannot take
 * parameters, so the ids are checked to be UUIDs before they are written into it.
 */
function beginAs(partnerId: string | null, customerId: string | null): string {
  const literal = (id: string | null) => {
    if (id !== null && !UUID.test(id)) throw new Error('a tenant id must be a UUID');
    return `'${id ?? ''}'`;
  };
  return `begin; select set_config('app.partner_id', ${literal(partnerId)}, true), set_config('app.customer_id', ${literal(customerId)}, true)`;
}

/**
 * The client's connection to the server. Each write to it is a system call, in which the kernel
 * also delivers the bytes to the backend: one of the dearer steps of a small read. `begin` and
 * the first statement leave together, one write instead of two (a read by id: 9 % less CPU in
 * node and in PostgreSQL). node-postgres does not type it.
 */
function socketOf(client: Client): Socket {
  return (client as unknown as { connection: { stream: Socket } }).connection.stream;
}

export interface TenantOptions {
  /**
   * The work is one statement, issued at once (a read by id): that statement is its last
   * (lastStatement), so `commit` leaves in the same write as `begin` and the statement. A read by
   * id took about 10 % less CPU in node and in PostgreSQL (`npm run bench`, get).
   */
  oneStatement?: boolean;
}

/** A tenant transaction's connection, and the `commit` its last statement carried, once it has. */
interface Ending {
  client: Client;
  commit?: Promise<unknown>;
}

const endings = new WeakMap<Client, Ending>();

type Statement = [text: string | pg.QueryConfig, values?: unknown[]];

/**
 * The client a tenant work gets. A statement issued after the one that carried the commit
 * (lastStatement) would run outside the tenant's transaction, so it is refused as the programming
 * error it is. With `oneStatement`, the first statement is the last.
 */
function tenantClient(ending: Ending, oneStatement: boolean): Client {
  const guarded: Client = new Proxy(ending.client, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Client['query']>) => {
        if (ending.commit) throw new Error('a tenant work issued a statement after its last one');
        return oneStatement ? lastStatement(guarded, ...(args as unknown as Statement)) : target.query(...args);
      };
    },
  });
  endings.set(guarded, ending);
  return guarded;
}

/**
 * Issues `statement` as the last of the tenant transaction `client` runs in: `commit` is sent
 * right behind it, in the same write, rather than once its answer is in. That is a write and a
 * wake-up of the backend less (a transition: about 8 % more a second). If the statement fails, the
 * commit only ends the aborted transaction; if the commit fails, the work fails with it. The work
 * may issue no statement after it, and should do nothing after it that can fail. Through
 * innerWorkClient, it is an ordinary statement.
 */
export function lastStatement<R extends pg.QueryResultRow>(
  client: Client,
  ...statement: Statement
): Promise<pg.QueryResult<R>> {
  const ending = endings.get(client);
  if (!ending) return client.query<R>(...statement);
  if (ending.commit) throw new Error('a tenant work issued a statement after its last one');
  const socket = socketOf(ending.client);
  socket.cork();
  process.nextTick(() => socket.uncork());
  const result = ending.client.query<R>(...statement);
  const commit = ending.client.query('commit');
  // Awaited by withTenant once the work is done; a work that failed first leaves it unread.
  commit.catch(() => undefined);
  ending.commit = commit;
  return result;
}

/**
 * The client for a work that runs inside `client`'s tenant transaction, which goes on after it (a
 * keyed POST stores its answer in it, src/http/idempotency.ts): there, a last statement is an
 * ordinary one and carries no commit.
 */
export function innerWorkClient(client: Client): Client {
  return endings.get(client)?.client ?? client;
}

// Deadlocks and serialization failures are the database asking for a retry, not input errors.
const RETRYABLE = new Set(['40001', '40P01']);

/** The work failed because the database asks for it to run again (withTenant, a keyed POST's step). */
export const isRetryable = (error: unknown): boolean => RETRYABLE.has((error as { code?: string }).code ?? '');

/** How many times a work runs at most when the database keeps asking. */
export const ATTEMPTS = 3;

/**
 * Runs `work` in one transaction as `partnerId`: row-level security then shows and accepts that
 * partner's rows only. The setting is transaction-local, so a pooled connection never carries a
 * partner into the next request. This is the only way application code reaches tenant tables.
 * `null` is the operator, who acts for no partner and so sees no partner's rows. A `customerId`
 * narrows the view further to one customer's rows, for customer_user keys.
 *
 * A lost connection (see isDatabaseUnavailable) is not retried: the commit may have reached the
 * server. The client cannot roll back then, so it is released as broken and the pool drops it;
 * its `error` event is heard by the listener every pool client has (listenForConnectionLoss).
 */
export async function withTenant<T>(
  pool: Pool,
  partnerId: string | null,
  work: (client: Client) => Promise<T>,
  customerId: string | null = null,
  { oneStatement = false }: TenantOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      // Not awaited: on the pipelining pool the work's first statement is sent right behind it,
      // in the same write when the work issues it at once (socketOf: corked until the next tick).
      // If `begin` fails, so does that statement, and Promise.all reports the first failure.
      // The uncork is scheduled first, so that a work that throws at once cannot leave it corked.
      const socket = socketOf(client);
      process.nextTick(() => socket.uncork());
      socket.cork();
      const ending: Ending = { client };
      const [, result] = await Promise.all([
        client.query(beginAs(partnerId, customerId)),
        work(tenantClient(ending, oneStatement)),
      ]);
      await (ending.commit ?? client.query('commit'));
      client.release();
      return result;
    } catch (error) {
      const broken = await client.query('rollback').then(
        () => false,
        () => true,
      );
      client.release(broken);
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Inside a tenant transaction, runs `work` as another partner and then switches back. For the
 * consequences one partner's action has on another's rows under the CSP rules — a provider
 * resolving a reseller's escalation returns the reseller's request to work (R5) — so that they
 * commit atomically with the action and still pass that partner's row-level security.
 */
export async function actingAs<T>(client: Client, partnerId: string, work: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ partner: string; customer: string }>(
    `select current_setting('app.partner_id', true) as partner, current_setting('app.customer_id', true) as customer`,
  );
  const previous = rows[0]!;
  await client.query(`select set_config('app.partner_id', $1, true), set_config('app.customer_id', '', true)`, [
    partnerId,
  ]);
  try {
    return await work();
  } finally {
    await client.query(`select set_config('app.partner_id', $1, true), set_config('app.customer_id', $2, true)`, [
      previous.partner ?? '',
      previous.customer ?? '',
    ]);
  }
}
