import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

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

/** Every response body that is a versioned resource carries its version as a strong ETag. */
async function entityTags(app: FastifyInstance): Promise<void> {
  app.addHook('preSerialization', async (_request, reply, payload: unknown) => {
    const resource = payload as { revision?: unknown; version?: unknown } | null;
    const version = resource?.revision ?? resource?.version;
    if (reply.statusCode < 300 && typeof version === 'number') reply.header('etag', `"${version}"`);
    return payload;
  });
}

export default fp(entityTags, { name: 'entity-tags', dependencies: ['problems'] });
