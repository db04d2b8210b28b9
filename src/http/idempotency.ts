import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Client, Pool } from '../db/pool.js';
import { canonicalJson } from '../domain/canonicalJson.js';
import { ATTEMPTS, innerWorkClient, isRetryable, withTenant } from '../db/tenant.js';
import type { Principal } from './access.js';
import { invalidFields, ProblemError } from './problem.js';
import { problemResponse } from '../schemas/common.js';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
// How long a duplicate waits for the first request with its key to commit or roll back.
const WAIT_FOR_FIRST = '10s';

// API keys (src/domain/credentials.ts) and webhook signing secrets (src/jobs/webhooks.ts) as they
// appear in a JSON body. A stored answer never keeps them: a replay reads NOT_SHOWN_AGAIN instead.
const SECRETS_IN_JSON = /"(?:pd_[0-9a-f]{32}_[A-Za-z0-9_-]{43}|whsec_[A-Za-z0-9+/]+={0,2})"/g;
export const NOT_SHOWN_AGAIN = '(not shown again)';

/** The answer kept for replays; headers are those a client acts on. */
interface Answer {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

interface Stored extends Answer {
  requestHash: string;
  apiKeyId: string | null;
}

/** A POST with an Idempotency-Key that runs: one transaction from its claim to its stored answer. */
export interface KeyedTransaction {
  /** Runs one `request.inTenant` step inside the transaction; a step that throws leaves no trace. */
  run<T>(work: (client: Client) => Promise<T>): Promise<T>;
  /** Stores the answer and commits it with the change; `undefined` rolls both back. */
  finish(answer: Answer | undefined): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    keyedTransaction?: KeyedTransaction;
  }
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
    .digest('hex');
}

/**
 * Inserts the key's record, or returns the committed one. A duplicate whose first request is still
 * running waits here on the first one's uncommitted row, and sees its answer once it commits.
 */
async function claim(client: Client, apiKeyId: string | null, key: string, hash: string): Promise<Stored | undefined> {
  await client.query(
    `delete from idempotency_keys
      where partner_id is not distinct from app_partner_id() and key = $1::text
        and created_at < now() - interval '24 hours'`,
    [key],
  );
  await client.query(`set local lock_timeout = '${WAIT_FOR_FIRST}'`);
  const inserted = await client
    .query(
      `insert into idempotency_keys (partner_id, key, api_key_id, request_hash)
       values (app_partner_id(), $1::text, $2::uuid, $3::text) on conflict do nothing`,
      [key, apiKeyId, hash],
    )
    .catch((error: { code?: string }) => {
      if (error.code !== '55P03') throw error;
      throw new ProblemError('idempotency-key-in-progress', 'The first request with this key has not finished; retry.');
    });
  await client.query('set local lock_timeout to default');
  if (inserted.rowCount === 1) return undefined;
  const { rows } = await client.query<Stored>(
    `select request_hash as "requestHash", api_key_id as "apiKeyId", status_code as "statusCode",
            response_body as body, response_headers as headers
       from idempotency_keys where partner_id is not distinct from app_partner_id() and key = $1::text`,
    [key],
  );
  return rows[0];
}

/**
 * Runs a step of the keyed request in a savepoint, and again, as withTenant runs a whole work
 * again, when the database asks for a retry (a create that found its customer changed since
 * intake read it). At read committed, the step's statements then see what committed meanwhile.
 */
async function inSavepoint<T>(client: Client, work: (client: Client) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await client.query('savepoint request_step');
    try {
      const result = await work(client);
      await client.query('release savepoint request_step');
      return result;
    } catch (error) {
      // A broken connection fails the commit later, which answers 500 and stores nothing.
      await client.query('rollback to savepoint request_step').catch(() => undefined);
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

class RolledBack extends Error {}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Opens the request's transaction (through withTenant, the one door to tenant tables) and claims
 * the key in it. Either a committed answer to replay, or a transaction that stays open for the
 * handler's steps and commits with the answer when the response is serialized.
 */
async function open(
  pool: Pool,
  request: FastifyRequest,
  key: string,
  hash: string,
): Promise<{ replay: Stored } | { transaction: KeyedTransaction }> {
  // Null for the operator, who acts for no partner.
  const principal = request.principal as Principal | null;
  const claimed = deferred<{ replay: Stored } | { client: Client }>();
  const answered = deferred<Answer | undefined>();
  let running = false;
  const committed = withTenant(
    pool,
    principal?.partnerId ?? null,
    async (client) => {
      // withTenant retries deadlocks; once the handler has run, only the client's retry may run it again.
      if (running) throw new Error('a keyed transaction is not retried after its handler ran');
      const stored = await claim(client, principal?.keyId ?? null, key, hash);
      if (stored) return claimed.resolve({ replay: stored });
      running = true;
      claimed.resolve({ client });
      const answer = await answered.promise;
      if (!answer) throw new RolledBack();
      await client.query(
        `update idempotency_keys
            set status_code = $2::int, response_body = $3::text, response_headers = $4::jsonb, completed_at = now()
          where partner_id is not distinct from app_partner_id() and key = $1::text`,
        [key, answer.statusCode, answer.body.replace(SECRETS_IN_JSON, `"${NOT_SHOWN_AGAIN}"`), answer.headers],
      );
    },
    principal?.customerId ?? null,
  ).then(
    () => undefined,
    (error: unknown) => {
      claimed.reject(error);
      return error instanceof RolledBack ? undefined : (error as Error);
    },
  );
  const outcome = await claimed.promise;
  if ('replay' in outcome) {
    await committed;
    return outcome;
  }
  return {
    transaction: {
      run: (work) => inSavepoint(innerWorkClient(outcome.client), work),
      finish: async (answer) => {
        answered.resolve(answer);
        const failure = await committed;
        if (failure) throw failure;
      },
    },
  };
}

function answerOf(reply: FastifyReply, payload: unknown): Answer {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'location', 'etag']) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return { statusCode: reply.statusCode, body: typeof payload === 'string' ? payload : '', headers };
}

/**
 * `Idempotency-Key` on every POST (SPEC §4), scoped per partner and bound to the calling key. The
 * record is written in the transaction of the change it answers, so a committed change always has
 * its answer and a crash before the commit leaves neither: a retry replays or runs, never both.
 * The first answer (status, body without secrets, Location/ETag) is replayed for 24 hours; the
 * same key with another request or from another caller is refused; a 5xx is not an answer and
 * stores nothing. A duplicate that arrives while the first is running waits for its commit.
 */
async function idempotency(app: FastifyInstance, { pool }: { pool: Pool }): Promise<void> {
  app.decorateRequest('keyedTransaction', undefined);

  // Every POST can answer these two; the contract says so.
  app.addHook('onRoute', (route) => {
    if (![route.method].flat().includes('POST') || route.schema?.hide) return;
    const schema = (route.schema ??= {}) as Record<string, unknown>;
    const response = (schema.response ??= {}) as Record<number, unknown>;
    response[409] ??= problemResponse(409);
    response[422] ??= problemResponse(422);
  });

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return;
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw invalidFields(
        [{ path: '/idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }],
        '/headers',
      );
    }
    const hash = requestHash(request);
    const opened = await open(pool, request, key, hash);
    if ('transaction' in opened) {
      request.keyedTransaction = opened.transaction;
      return;
    }
    const { replay } = opened;
    const caller = (request.principal as Principal | null)?.keyId ?? null;
    if (replay.apiKeyId !== caller) {
      throw new ProblemError('idempotency-key-reused', 'Another API key of this partner already used this key.');
    }
    if (replay.requestHash !== hash) {
      throw new ProblemError(
        'idempotency-key-reused',
        'This Idempotency-Key was already used with another method, path or body.',
      );
    }
    return reply
      .code(replay.statusCode)
      .headers({ ...replay.headers, 'idempotent-replayed': 'true' })
      .serializer((body: unknown) => String(body))
      .send(replay.body);
  });

  // The plugin registered last among those with onSend hooks (src/app.ts), so this sees the final payload.
  app.addHook('onSend', async (request, reply, payload) => {
    const transaction = request.keyedTransaction;
    if (!transaction) return payload;
    request.keyedTransaction = undefined;
    await transaction.finish(reply.statusCode < 500 ? answerOf(reply, payload) : undefined);
    return payload;
  });

  // A request that ends without a response (the client went away) rolls its transaction back.
  app.addHook('onResponse', async (request) => {
    const transaction = request.keyedTransaction;
    request.keyedTransaction = undefined;
    await transaction?.finish(undefined).catch(() => undefined);
  });
}

export default fp(idempotency, { name: 'idempotency', dependencies: ['problems', 'access'] });
