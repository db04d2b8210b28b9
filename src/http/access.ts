import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { allows, permissions, type Permission, type Role } from '../domain/access.js';
import { authenticateApiKey } from '../db/apiKeys.js';
import type { Actor } from '../db/events.js';
import type { Pool } from '../db/pool.js';
import { parseApiKey, sameSecret } from '../domain/credentials.js';
import { ProblemError } from './problem.js';
import { problemResponse } from '../schemas/common.js';

/** What a route needs: a permission of the role matrix, the operator token, or nothing. */
export type Access = Permission | 'operator' | 'public';

export interface Principal {
  keyId: string;
  keyName: string;
  partnerId: string;
  role: Role;
  customerId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    principals: PrincipalCache;
  }
  interface FastifyRequest {
    /** The authenticated API key; set on every route whose access is a permission. */
    principal: Principal;
  }
}

/** The actor an event records for this request. */
export function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal as Principal | null;
  return principal ? { kind: 'api_key', id: principal.keyId, role: principal.role } : { kind: 'operator' };
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Keys that authenticated recently, by hash, so that most requests need no lookup. A revocation
 * removes its key here at once; other instances drop it within the time to live.
 */
export class PrincipalCache {
  static readonly TTL_MS = 5_000;
  private readonly entries = new Map<string, { principal: Principal; expires: number }>();

  get(hash: string): Principal | undefined {
    const entry = this.entries.get(hash);
    if (entry && entry.expires > Date.now()) return entry.principal;
    this.entries.delete(hash);
    return undefined;
  }

  set(hash: string, principal: Principal): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(hash, { principal, expires: Date.now() + PrincipalCache.TTL_MS });
  }

  forgetKey(keyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.principal.keyId === keyId) this.entries.delete(hash);
  }
}

async function authenticate(pool: Pool, cache: PrincipalCache, token: string | undefined): Promise<Principal> {
  const claimed = token ? parseApiKey(token) : undefined;
  const cached = claimed && cache.get(claimed.hash);
  if (cached) return cached;
  const key = claimed && (await authenticateApiKey(pool, claimed.partnerId, claimed.hash));
  if (!claimed || !key)
    throw new ProblemError('unauthenticated', 'Send a valid API key as `Authorization: Bearer <key>`.');
  const principal = {
    keyId: key.id,
    keyName: key.name,
    partnerId: claimed.partnerId,
    role: key.role,
    customerId: key.customerId,
  };
  cache.set(claimed.hash, principal);
  return principal;
}

/**
 * Authentication and the role matrix for every route. A route without a declared access level
 * fails at startup, so nothing is ever public by omission. Failed authentications are limited per
 * client address and per partner a presented key names (see FailedAuthentications).
 */
async function accessControl(app: FastifyInstance, deps: { pool: Pool; operatorToken: string }): Promise<void> {
  const principals = new PrincipalCache();
  app.decorate('principals', principals);
  app.decorateRequest('principal', null as unknown as Principal);

  const authorize = async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    const token = bearerToken(request);
    const partnerNamed = token ? parseApiKey(token)?.partnerId : undefined;
    const subjects = [`address:${request.ip}`, ...(partnerNamed ? [`partner:${partnerNamed}`] : [])];
    const limiter = app.failedAuthentications;
    const wait = limiter?.retryAfterSeconds(subjects) ?? 0;
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ProblemError('rate-limited', `Too many failed authentications; retry in ${wait} s.`);
    }
    try {
      await authenticateFor(access, token, request);
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'unauthenticated') limiter?.record(subjects);
      throw error;
    }
  };

  const authenticateFor = async (
    access: Exclude<Access, 'public'>,
    token: string | undefined,
    request: FastifyRequest,
  ) => {
    if (access === 'operator') {
      if (!token || !sameSecret(token, deps.operatorToken)) {
        throw new ProblemError(
          'unauthenticated',
          'This operation needs the operator token as `Authorization: Bearer <token>`.',
        );
      }
      return;
    }
    request.principal = await authenticate(deps.pool, principals, token);
    if (!allows(access, request.principal.role)) {
      throw new ProblemError('forbidden', `The role ${request.principal.role} may not do this (${access}).`);
    }
  };

  app.addHook('onRoute', (route) => {
    // Hidden routes are the docs page's own assets; everything in the contract must say who may call it.
    if (route.schema?.hide) route.config = { ...route.config, access: route.config?.access ?? 'public' };
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access`);
    if (access === 'public') return;
    // A route-level hook, so that it runs after the rate limiter's: unauthenticated floods are limited too.
    route.onRequest = [...(route.onRequest ? [route.onRequest].flat() : []), authorize];
    const schema = (route.schema ??= {}) as Record<string, unknown>;
    const response = (schema.response ??= {}) as Record<number, unknown>;
    response[401] = problemResponse(401);
    if (access === 'operator') {
      schema.security = [{ operatorToken: [] }];
      return;
    }
    response[403] = problemResponse(403);
    // Fastify's HEAD twin of a GET route shares its schema object: name the roles once.
    if (schema['x-roles']) return;
    const allowed = permissions[access];
    schema['x-roles'] = allowed;
    schema.description = `${typeof schema.description === 'string' ? `${schema.description}\n\n` : ''}Roles: ${allowed.map((r) => `\`${r}\``).join(', ')}.`;
  });
}

export default fp(accessControl, { name: 'access', dependencies: ['problems', 'rate-limit'] });
