import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Keyset } from '../db/lists.js';
import type { Client } from '../db/pool.js';
import { ProblemError } from './problem.js';

const secrets = new WeakMap<FastifyInstance, string>();

/**
 * The deployment's cursor key, read once per app through the request's own connection: taking
 * another connection while holding one could wait forever on a busy pool.
 */
async function cursorSecret(app: FastifyInstance, client: Client): Promise<string> {
  let secret = secrets.get(app);
  if (!secret) {
    const { rows } = await client.query<{ secret: string }>(
      `select secret from deployment_secrets where name = 'cursor'`,
    );
    secret = rows[0]!.secret;
    secrets.set(app, secret);
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
function decodeCursor(secret: string, partnerId: string, list: string, cursor: string): Keyset {
  const invalid = () =>
    new ProblemError('invalid-cursor', 'The cursor was not issued for this list; start again without one.');
  const [payload, mac] = cursor.split('.');
  if (!payload || !mac) throw invalid();
  const expected = sign(secret, partnerId, payload);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { list: string; after: Keyset };
  if (decoded.list !== list) throw invalid();
  return decoded.after;
}

function encodeCursor(secret: string, partnerId: string, list: string, after: Keyset): string {
  const payload = Buffer.from(JSON.stringify({ list, after })).toString('base64url');
  return `${payload}.${sign(secret, partnerId, payload).toString('base64url')}`;
}

/**
 * One page of a list in a stable order. `fetch` returns up to `limit` rows strictly after the
 * keyset (or from the start), in the list's order; `keyOf` gives a row's keyset.
 */
export async function paginate<T>(
  request: FastifyRequest,
  client: Client,
  list: string,
  fetch: (after: Keyset | undefined, limit: number) => Promise<T[]>,
  keyOf: (row: T) => Keyset,
): Promise<{ data: T[]; nextCursor: string | null }> {
  const { partnerId } = request.principal;
  // Every list route's querystring includes PageQuery, whose defaults the validator applied.
  const { limit, cursor } = request.query as { limit: number; cursor?: string };
  const secret = cursor === undefined ? undefined : await cursorSecret(request.server, client);
  const after = cursor === undefined ? undefined : decodeCursor(secret!, partnerId, list, cursor);
  const rows = await fetch(after, limit + 1);
  const data = rows.slice(0, limit);
  const nextCursor =
    rows.length > limit
      ? encodeCursor(
          secret ?? (await cursorSecret(request.server, client)),
          partnerId,
          list,
          keyOf(data[data.length - 1]!),
        )
      : null;
  return { data, nextCursor };
}
