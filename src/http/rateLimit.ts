import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { hashSecret } from './credentials.js';
import { ProblemError } from './problem.js';

/**
 * Per API key, not per IP (SPEC §4): many integrations share a NAT, and one key is one client.
 * Requests without a key are limited by address. Counters live in each instance's memory, so
 * with N instances behind a balancer a key gets up to N × the limit.
 */
export async function registerRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute === 0) return;
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const authorization = request.headers.authorization;
      return authorization ? `key:${hashSecret(authorization)}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      new ProblemError('rate-limited', `More than ${context.max} requests in a minute; retry in ${context.after}.`),
  });
}
