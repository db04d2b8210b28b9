import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hashSecret } from '../domain/credentials.js';
import { ProblemError } from './problem.js';

/** Failed authentications a client address, or a presented key id, may make per minute. */
export const FAILED_AUTHENTICATIONS_PER_MINUTE = 20;
const WINDOW_MS = 60_000;

/**
 * Failed authentications counted per subject (a client address, a presented key id) in fixed
 * one-minute windows. Guessing keys or the operator token costs a minute per 20 guesses from an
 * address, and per 20 guesses at one partner's keys from anywhere.
 */
export class FailedAuthentications {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly perMinute: number) {}

  /** Seconds until every subject may try again; 0 when none is over its limit. */
  retryAfterSeconds(subjects: string[], now = Date.now()): number {
    let until = now;
    for (const subject of subjects) {
      const window = this.windows.get(subject);
      if (window && window.endsAt > now && window.count >= this.perMinute) until = Math.max(until, window.endsAt);
    }
    return Math.ceil((until - now) / 1000);
  }

  record(subjects: string[], now = Date.now()): void {
    if (this.windows.size > 100_000) {
      for (const [subject, window] of this.windows) if (window.endsAt <= now) this.windows.delete(subject);
    }
    for (const subject of subjects) {
      const window = this.windows.get(subject);
      if (window && window.endsAt > now) window.count++;
      else this.windows.set(subject, { count: 1, endsAt: now + WINDOW_MS });
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Undefined when rate limiting is off. */
    failedAuthentications: FailedAuthentications | undefined;
  }
}

/**
 * Per API key, not per IP (SPEC §4): many integrations share a NAT, and one key is one client.
 * Requests without a key are limited by address. Failed authentications have their own, much
 * smaller budget (FailedAuthentications, applied by the access plugin). Counters live in each
 * instance's memory, so with N instances behind a balancer a key gets up to N × the limit.
 * A limit of 0 turns both off.
 */
async function rateLimiting(app: FastifyInstance, { perMinute }: { perMinute: number }): Promise<void> {
  app.decorate(
    'failedAuthentications',
    perMinute === 0 ? undefined : new FailedAuthentications(FAILED_AUTHENTICATIONS_PER_MINUTE),
  );
  if (perMinute === 0) return;
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => {
      const authorization = request.headers.authorization;
      return authorization ? `key:${hashSecret(authorization)}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      new ProblemError('rate-limited', `More than ${context.max} requests in a minute; retry in ${context.after}.`),
  });
}

export default fp(rateLimiting, { name: 'rate-limit', dependencies: ['problems'] });
