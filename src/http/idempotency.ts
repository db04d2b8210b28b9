import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from '../db/pool.js';
import { canonicalJson } from '../domain/canonicalJson.js';
import { withTenant } from '../db/tenant.js';
import { invalidFields, ProblemError } from './problem.js';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
const WAIT_FOR_FIRST_MS = 10_000;
// A first request that has neither answered nor failed after this long is presumed dead
// (its process crashed); a retry may then run again.
const ABANDONED_AFTER = '60 seconds';

interface Claimed {
  partnerId: string | null;
  key: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: Claimed;
  }
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
    .digest('hex');
}

interface Stored {
  request_hash: string;
  status_code: number | null;
  response_body: string | null;
  response_headers: Record<string, string> | null;
}

async function claim(pool: Pool, partnerId: string | null, key: string, hash: string): Promise<Stored | undefined> {
  return withTenant(pool, partnerId, async (client) => {
    await client.query(
      `delete from idempotency_keys
        where partner_id is not distinct from app_partner_id() and key = $1::text
          and (created_at < now() - interval '24 hours'
               or (completed_at is null and created_at < now() - $2::interval))`,
      [key, ABANDONED_AFTER],
    );
    const inserted = await client.query(
      `insert into idempotency_keys (partner_id, key, request_hash) values (app_partner_id(), $1::text, $2::text)
       on conflict do nothing`,
      [key, hash],
    );
    if (inserted.rowCount === 1) return undefined;
    const { rows } = await client.query<Stored>(
      `select request_hash, status_code, response_body, response_headers from idempotency_keys
        where partner_id is not distinct from app_partner_id() and key = $1::text`,
      [key],
    );
    return rows[0];
  });
}

/**
 * `Idempotency-Key` on every POST (SPEC §4), scoped per partner: the first response (status,
 * body, and its Location/ETag) is kept for 24 hours and replayed to retries; the same key with
 * another request is refused; a duplicate that arrives while the first is running waits for it.
 */
export function registerIdempotency(app: FastifyInstance, pool: Pool): void {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return;
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw invalidFields(
        [{ path: '/idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }],
        '/headers',
      );
    }
    const partnerId = request.principal?.partnerId ?? null;
    const hash = requestHash(request);
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const stored = await claim(pool, partnerId, key, hash);
      if (!stored) {
        request.idempotency = { partnerId, key };
        return;
      }
      if (stored.request_hash !== hash) {
        throw new ProblemError(
          'idempotency-key-reused',
          'This Idempotency-Key was already used with another method, path or body.',
        );
      }
      if (stored.status_code !== null) {
        return reply
          .code(stored.status_code)
          .headers({ ...stored.response_headers, 'idempotent-replayed': 'true' })
          .serializer((body: unknown) => String(body))
          .send(stored.response_body ?? '');
      }
      if (Date.now() > deadline) {
        throw new ProblemError(
          'idempotency-key-in-progress',
          'The first request with this key has not finished; retry later.',
        );
      }
      await sleep(100);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claimed = request.idempotency;
    if (!claimed) return payload;
    request.idempotency = undefined;
    await withTenant(pool, claimed.partnerId, async (client) => {
      if (reply.statusCode >= 500) {
        // A failure is not an answer: let the retry run.
        await client.query(
          `delete from idempotency_keys where partner_id is not distinct from app_partner_id() and key = $1::text`,
          [claimed.key],
        );
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'location', 'etag']) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await client.query(
        `update idempotency_keys set status_code = $2::int, response_body = $3::text, response_headers = $4::jsonb, completed_at = now()
          where partner_id is not distinct from app_partner_id() and key = $1::text`,
        [claimed.key, reply.statusCode, typeof payload === 'string' ? payload : '', JSON.stringify(headers)],
      );
    });
    return payload;
  });
}
