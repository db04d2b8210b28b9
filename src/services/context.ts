/**
 * The service layer: one function per business flow, `(tx, ctx, input)`, called by the routes
 * (inside `request.inTenant`), the background jobs and the CLI alike. A flow runs in the caller's
 * transaction, decides with the pure rules of `src/domain` and reads and writes through the SQL
 * modules of `src/db`; it never sees an HTTP request.
 *
 * Lock order, the one rule every flow keeps so that concurrent changes queue instead of deciding
 * on stale rows or deadlocking:
 * - lock a row (`select … for update`, through `lockVersioned` or the resource's lock) before
 *   reading it for a decision; If-Match is checked against the locked version;
 * - lock the parent before its children: the support request before its escalation, a reseller's
 *   escalation before the one forwarded from it;
 * - lock an escalation before the requests linked to it, and requests in id order;
 * - a change the provider's move causes on the reseller's rows (its request returning to
 *   in_progress) runs `actingAs` the reseller, in the same transaction.
 */
import type { AppSettings } from '../config.js';
import type { Actor } from '../db/events.js';
import { lockRow, type VersionedTable } from '../db/locks.js';
import type { Client } from '../db/pool.js';
import type { Role } from '../domain/access.js';
import { ProblemError } from '../domain/problems.js';

/** The API key a flow acts for. */
export interface Caller {
  keyId: string;
  keyName: string;
  partnerId: string;
  role: Role;
  customerId: string | null;
}

export interface Context {
  /** Who the events record as having made the change. */
  actor: Actor;
  /** The calling key; null for the operator and for background jobs. */
  caller: Caller | null;
  settings: Pick<AppSettings, 'reopenWindowDays'>;
  /** The instant the flow runs at, the same for every timestamp it writes. */
  now: Date;
  /** The versions the caller's If-Match accepts; undefined when it sent none (or `*`). */
  ifMatch: number[] | undefined;
}

/** The context of a flow an API key runs: its `caller` is set, with every setting a flow reads. */
export type CallerContext = Context & {
  caller: Caller;
  settings: Pick<
    AppSettings,
    | 'reopenWindowDays'
    | 'healthCheckMaxAgeHours'
    | 'webhookAllowPrivateTargets'
    | 'connectors'
    | 'attachmentMaxBytes'
    | 'attachmentsPerRequest'
  >;
};

export type Tx = Client;

/** Runs `work` in a transaction of its own as the caller's partner (`request.inTenant`, or a job's). */
export type InTenant = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** `412 version-mismatch` unless the caller's If-Match (if any) names `current`. */
export function assertVersion(ctx: Context, current: number): void {
  if (ctx.ifMatch && !ctx.ifMatch.includes(current)) {
    throw new ProblemError('version-mismatch', `The current version is ${current}; read it again and retry.`, {
      currentVersion: current,
    });
  }
}

/**
 * Locks the row for the rest of the transaction and checks If-Match against its version.
 * Concurrent writers with the same If-Match queue on the lock; the first one changes the version,
 * so every later one answers 412.
 */
export async function lockVersioned(tx: Tx, ctx: Context, table: VersionedTable, id: string): Promise<number> {
  const current = await lockRow(tx, table, id);
  if (current === undefined) throw new ProblemError('not-found', 'No such resource.');
  assertVersion(ctx, current);
  return current;
}
