import type { FastifyInstance, FastifyRequest } from 'fastify';
import { lockRow, type VersionedTable } from '../db/locks.js';
import type { Client } from '../db/pool.js';
import { ProblemError } from './problem.js';

const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;

/** The versions an `If-Match` header accepts: undefined when absent or `*` (any version). */
export function acceptedVersions(request: FastifyRequest): number[] | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  // A tag that is not one of ours can never match, which RFC 9110 answers with 412.
  return header.split(',').flatMap((tag) => {
    const match = ENTITY_TAG.exec(tag);
    return match ? [Number(match[1])] : [];
  });
}

/**
 * Locks the row for the rest of the transaction and checks `If-Match` against its version.
 * Concurrent writers with the same If-Match queue on the lock; the first one changes the version,
 * so every later one answers 412.
 */
export async function lockCurrent(
  request: FastifyRequest,
  client: Client,
  table: VersionedTable,
  id: string,
): Promise<number> {
  const current = await lockRow(client, table, id);
  if (current === undefined) throw new ProblemError('not-found', 'No such resource.');
  assertIfMatch(request, current);
  return current;
}

/** `412 version-mismatch` unless the request's If-Match (if any) names `current`. */
export function assertIfMatch(request: FastifyRequest, current: number): void {
  const accepted = acceptedVersions(request);
  if (accepted && !accepted.includes(current)) {
    throw new ProblemError('version-mismatch', `The current version is ${current}; read it again and retry.`, {
      currentVersion: current,
    });
  }
}

/** Every response body that is a versioned resource carries its version as a strong ETag. */
export function registerEntityTags(app: FastifyInstance): void {
  app.addHook('preSerialization', async (_request, reply, payload: unknown) => {
    const resource = payload as { revision?: unknown; version?: unknown } | null;
    const version = resource?.revision ?? resource?.version;
    if (reply.statusCode < 300 && typeof version === 'number') reply.header('etag', `"${version}"`);
    return payload;
  });
}
