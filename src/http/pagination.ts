import { createHmac, timingSafeEqual } from 'node:crypto';
import Type, { type TSchema } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { Pool } from '../db/pool.js';
import { ProblemError } from './problem.js';
import { Nullable } from './schemas.js';

/** The position after which the next page starts: the sort key of the last row served. */
export type Keyset = (string | number)[];

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'page size' }),
  cursor: Type.Optional(Type.String({ maxLength: 1024, description: "the previous page's `nextCursor`" })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    data: Type.Array(item),
    nextCursor: Nullable(Type.String({ description: 'pass as `cursor` for the next page; null on the last page' })),
  });

const secrets = new WeakMap<Pool, Promise<string>>();

function cursorSecret(pool: Pool): Promise<string> {
  let secret = secrets.get(pool);
  if (!secret) {
    secret = pool
      .query<{ secret: string }>(`select secret from deployment_secrets where name = 'cursor'`)
      .then((result) => result.rows[0]!.secret);
    secret.catch(() => secrets.delete(pool));
    secrets.set(pool, secret);
  }
  return secret;
}

function sign(secret: string, partnerId: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${partnerId}.${payload}`).digest();
}

/**
 * Cursors are `<payload>.<HMAC>`: the payload names the list and the keyset, and the MAC also
 * covers the partner, so a cursor cannot be forged, edited, or replayed by another partner.
 */
async function decodeCursor(pool: Pool, partnerId: string, list: string, cursor: string): Promise<Keyset> {
  const invalid = () => new ProblemError('invalid-cursor', 'The cursor was not issued for this list; start again without one.');
  const [payload, mac] = cursor.split('.');
  if (!payload || !mac) throw invalid();
  const expected = sign(await cursorSecret(pool), partnerId, payload);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { list: string; after: Keyset };
  if (decoded.list !== list) throw invalid();
  return decoded.after;
}

async function encodeCursor(pool: Pool, partnerId: string, list: string, after: Keyset): Promise<string> {
  const payload = Buffer.from(JSON.stringify({ list, after })).toString('base64url');
  return `${payload}.${sign(await cursorSecret(pool), partnerId, payload).toString('base64url')}`;
}

/**
 * One page of a list in a stable order. `fetch` returns up to `limit` rows strictly after the
 * keyset (or from the start), in the list's order; `keyOf` gives a row's keyset.
 */
export async function paginate<T>(
  request: FastifyRequest,
  list: string,
  fetch: (after: Keyset | undefined, limit: number) => Promise<T[]>,
  keyOf: (row: T) => Keyset,
): Promise<{ data: T[]; nextCursor: string | null }> {
  const { pool } = request.server;
  const { partnerId } = request.principal;
  // Every list route's querystring includes PageQuery, whose defaults the validator applied.
  const { limit, cursor } = request.query as { limit: number; cursor?: string };
  const after = cursor === undefined ? undefined : await decodeCursor(pool, partnerId, list, cursor);
  const rows = await fetch(after, limit + 1);
  const data = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? await encodeCursor(pool, partnerId, list, keyOf(data[data.length - 1]!)) : null;
  return { data, nextCursor };
}
