import type { FastifyRequest } from 'fastify';
import type { CallerContext, Context } from '../services/context.js';
import { actorOf } from './access.js';
import { acceptedVersions } from './versioning.js';

/** What a service needs to know of an authenticated request: who calls, with which settings, when. */
export function ctxOf(request: FastifyRequest): CallerContext {
  const { keyId, keyName, partnerId, role, customerId } = request.principal;
  return {
    actor: actorOf(request),
    caller: { keyId, keyName, partnerId, role, customerId },
    settings: request.server.settings,
    now: new Date(),
    ifMatch: acceptedVersions(request),
  };
}

/** The context of a flow the operator runs (its token, no API key). */
export function operatorCtxOf(request: FastifyRequest): Context {
  return {
    actor: { kind: 'operator' },
    caller: null,
    settings: request.server.settings,
    now: new Date(),
    ifMatch: acceptedVersions(request),
  };
}
